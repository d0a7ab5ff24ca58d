// Institutions that stand for a country in news copy, one a line:
//   canonical name, other names | country it speaks for (empty for international bodies)
// Plain world knowledge, parsed once by the gazetteer.
export const INSTITUTION_TABLE = `
Pentagon,Department of Defense,Defense Department,Department of Defence,Defence Department,DoD|United States
White House,Oval Office|United States
State Department,Department of State|United States
Justice Department,Department of Justice,DOJ|United States
Department of Homeland Security,Homeland Security Department,DHS|United States
Treasury Department,US Treasury,Department of the Treasury|United States
Transportation Department,Department of Transportation|United States
Energy Department,Department of Energy|United States
Federal Bureau of Investigation,FBI|United States
Central Intelligence Agency,CIA|United States
National Security Agency,NSA|United States
National Security Council,NSC|United States
Cybersecurity and Infrastructure Security Agency,CISA|United States
Environmental Protection Agency,EPA|United States
Federal Emergency Management Agency,FEMA|United States
Securities and Exchange Commission,SEC|United States
Federal Reserve|United States
US Congress,Capitol Hill,US Senate,US House of Representatives|United States
US Central Command,CENTCOM,Central Command|United States
Kremlin|Russia
Federal Security Service,FSB|Russia
Foreign Intelligence Service,SVR|Russia
GRU|Russia
Duma,State Duma|Russia
Downing Street,Number 10,No 10|United Kingdom
Foreign Office,Foreign and Commonwealth Office,Foreign Commonwealth and Development Office,FCDO|United Kingdom
Home Office|United Kingdom
Whitehall|United Kingdom
MI5|United Kingdom
MI6,Secret Intelligence Service|United Kingdom
Elysee,Elysee Palace|France
Quai d'Orsay|France
Bundestag,Bundeswehr|Germany
Knesset,Israel Defense Forces,IDF,Mossad,Shin Bet|Israel
Islamic Revolutionary Guard Corps,Revolutionary Guards,Revolutionary Guard,IRGC,Quds Force|Iran
Zhongnanhai,People's Liberation Army,PLA|China
Blue House|South Korea
Kantei|Japan
Rashtrapati Bhavan|India
Syrian Arab News Agency,SANA|Syria
Islamic Republic News Agency,IRNA,Fars,Fars News Agency,Tasnim,Tasnim News Agency,Press TV|Iran
Iraqi News Agency,INA|Iraq
TASS,RIA Novosti,RT,Sputnik|Russia
Xinhua,CCTV,Global Times,People's Daily|China
KCNA,Korean Central News Agency|North Korea
Anadolu,Anadolu Agency|Turkey
WAFA|Palestine
Yonhap|South Korea
Kyodo|Japan
Saudi Press Agency,SPA|Saudi Arabia
Middle East News Agency|Egypt
United Nations,UN,U.N.|
UN Security Council,Security Council,United Nations Security Council|
UN General Assembly,General Assembly|
North Atlantic Treaty Organization,NATO,North Atlantic Treaty Organisation|
European Union,EU,E.U.|
European Commission|
European Parliament|
African Union,AU|
Arab League,League of Arab States|
Association of Southeast Asian Nations,ASEAN|
Organization of the Petroleum Exporting Countries,OPEC|
World Health Organization,WHO,World Health Organisation|
International Atomic Energy Agency,IAEA|
International Monetary Fund,IMF|
World Bank|
International Criminal Court,ICC|
International Court of Justice,ICJ|
International Committee of the Red Cross,ICRC,Red Cross|
Red Crescent|
UNICEF|
UN Refugee Agency,UNHCR|
World Food Programme,WFP|
Interpol|
Europol|
Gulf Cooperation Council,GCC|
Organization of Islamic Cooperation,OIC|
Amnesty International,Amnesty|
Human Rights Watch,HRW|
Doctors Without Borders,Medecins Sans Frontieres,MSF|
`;
