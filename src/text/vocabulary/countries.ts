// Every sovereign state (and a few widely reported territories), one a line:
//   canonical English name | other names and abbreviations | demonyms | capital, major cities
// Plain world knowledge, parsed once by the gazetteer.
export const COUNTRY_TABLE = `
Afghanistan||Afghan,Afghani|Kabul,Kandahar,Herat,Mazar-i-Sharif,Jalalabad
Albania||Albanian|Tirana
Algeria||Algerian|Algiers,Oran
Andorra||Andorran|Andorra la Vella
Angola||Angolan|Luanda
Antigua and Barbuda||Antiguan|St John's
Argentina|Argentine Republic|Argentine,Argentinian|Buenos Aires,Cordoba,Rosario
Armenia||Armenian|Yerevan
Australia||Australian,Aussie|Canberra,Sydney,Melbourne,Brisbane,Perth,Adelaide
Austria||Austrian|Vienna,Salzburg
Azerbaijan||Azerbaijani,Azeri|Baku
Bahamas|The Bahamas|Bahamian|Nassau
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka,Chittagong
Barbados||Barbadian|Bridgetown
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels,Antwerp
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo,Cotonou
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian|La Paz,Sucre,Santa Cruz
Bosnia and Herzegovina|Bosnia,Bosnia-Herzegovina|Bosnian|Sarajevo
Botswana||Botswanan,Motswana|Gaborone
Brazil||Brazilian|Brasilia,Sao Paulo,Rio de Janeiro
Brunei||Bruneian|Bandar Seri Begawan
Bulgaria||Bulgarian|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega,Bujumbura
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde,Douala
Canada||Canadian|Ottawa,Toronto,Montreal,Vancouver,Calgary
Cape Verde|Cabo Verde|Cape Verdean|Praia
Central African Republic|CAR|Central African|Bangui
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago,Valparaiso
China|People's Republic of China,PRC,Mainland China|Chinese|Beijing,Shanghai,Hong Kong,Wuhan,Guangzhou,Shenzhen
Colombia||Colombian|Bogota,Medellin,Cali
Comoros||Comoran,Comorian|Moroni
Democratic Republic of the Congo|DR Congo,DRC,Congo-Kinshasa|Congolese|Kinshasa,Goma,Lubumbashi
Republic of the Congo|Congo-Brazzaville,Congo||Brazzaville
Costa Rica||Costa Rican|San Jose
Ivory Coast|Cote d'Ivoire|Ivorian|Yamoussoukro,Abidjan
Croatia||Croatian,Croat|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish,Dane|Copenhagen
Djibouti||Djiboutian|Djibouti City
Dominica|||Roseau
Dominican Republic||Dominican|Santo Domingo
East Timor|Timor-Leste|Timorese|Dili
Ecuador||Ecuadorian|Quito,Guayaquil
Egypt||Egyptian|Cairo,Alexandria
El Salvador||Salvadoran,Salvadorean|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Eswatini|Swaziland|Swazi|Mbabane
Ethiopia||Ethiopian|Addis Ababa
Fiji||Fijian|Suva
Finland||Finnish,Finn|Helsinki
France|French Republic|French|Paris,Marseille,Lyon,Toulouse
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Georgia||Georgian|Tbilisi
Germany|Federal Republic of Germany|German|Berlin,Munich,Hamburg,Frankfurt,Cologne
Ghana||Ghanaian|Accra
Greece||Greek|Athens,Thessaloniki
Grenada||Grenadian|St George's
Guatemala||Guatemalan|Guatemala City
Guinea||Guinean|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
Iceland||Icelandic,Icelander|Reykjavik
India||Indian|New Delhi,Delhi,Mumbai,Kolkata,Chennai,Bangalore,Bengaluru,Hyderabad
Indonesia||Indonesian|Jakarta,Surabaya
Iran|Islamic Republic of Iran,Persia|Iranian,Persian|Tehran,Mashhad,Isfahan,Tabriz,Shiraz
Iraq|Republic of Iraq|Iraqi|Baghdad,Basra,Mosul,Kirkuk,Najaf,Karbala,Fallujah,Ramadi,Tikrit
Ireland|Republic of Ireland,Eire|Irish|Dublin,Cork
Israel|State of Israel|Israeli|Jerusalem,Tel Aviv,Haifa
Italy||Italian|Rome,Milan,Naples,Turin,Florence,Venice
Jamaica||Jamaican|Kingston
Japan||Japanese|Tokyo,Osaka,Kyoto,Hiroshima,Fukushima
Jordan||Jordanian|Amman
Kazakhstan||Kazakh,Kazakhstani|Astana,Almaty
Kenya||Kenyan|Nairobi,Mombasa
Kiribati||I-Kiribati|Tarawa
Kosovo||Kosovar|Pristina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao,Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut,Sidon,Tyre
Lesotho||Basotho,Mosotho|Maseru
Liberia||Liberian|Monrovia
Libya||Libyan|Tripoli,Benghazi,Misrata
Liechtenstein||Liechtensteiner|Vaduz
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish,Luxembourger|
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Malaysia||Malaysian|Kuala Lumpur
Maldives||Maldivian|
Mali||Malian|Bamako,Timbuktu
Malta||Maltese|Valletta
Marshall Islands||Marshallese|Majuro
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Mexico|United Mexican States|Mexican|Mexico City,Guadalajara,Monterrey,Tijuana
Micronesia||Micronesian|Palikir
Moldova||Moldovan|Chisinau
Monaco||Monegasque|
Mongolia||Mongolian|Ulaanbaatar
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan|Rabat,Casablanca,Marrakesh
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese,Myanmarese|Naypyidaw,Yangon,Rangoon,Mandalay
Namibia||Namibian|Windhoek
Nauru||Nauruan|Yaren
Nepal||Nepali,Nepalese|Kathmandu
Netherlands|Holland,The Netherlands|Dutch|Amsterdam,The Hague,Rotterdam
New Zealand||New Zealander|Wellington,Auckland,Christchurch
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja,Lagos,Kano,Maiduguri
North Korea|DPRK,Democratic People's Republic of Korea|North Korean|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad,Karachi,Lahore,Peshawar,Quetta,Rawalpindi
Palau||Palauan|Ngerulmud
Palestine|Palestinian Territories,State of Palestine,West Bank,Gaza Strip,Gaza|Palestinian|Ramallah,Gaza City,Hebron,Nablus,Jenin,Rafah,Khan Younis
Panama||Panamanian|Panama City
Papua New Guinea|PNG|Papua New Guinean|Port Moresby
Paraguay||Paraguayan|Asuncion
Peru||Peruvian|Lima
Philippines|The Philippines|Philippine|Manila,Quezon City,Davao,Cebu
Poland||Polish|Warsaw,Krakow,Gdansk
Portugal||Portuguese|Lisbon,Porto
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow,St Petersburg,Saint Petersburg,Novosibirsk,Kazan
Rwanda||Rwandan|Kigali
Saint Kitts and Nevis|St Kitts and Nevis|Kittitian|Basseterre
Saint Lucia|St Lucia|Saint Lucian|Castries
Saint Vincent and the Grenadines|St Vincent|Vincentian|Kingstown
Samoa||Samoan|Apia
San Marino||Sammarinese|
Sao Tome and Principe||Santomean|Sao Tome
Saudi Arabia|Kingdom of Saudi Arabia,KSA|Saudi,Saudi Arabian|Riyadh,Jeddah,Mecca,Medina
Senegal||Senegalese|Dakar
Serbia||Serbian,Serb|Belgrade
Seychelles||Seychellois|
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean|
Slovakia||Slovak|Bratislava
Slovenia||Slovenian,Slovene|Ljubljana
Solomon Islands||Solomon Islander|Honiara
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria,Cape Town,Johannesburg,Durban
South Korea|Republic of Korea,ROK|South Korean,Korean|Seoul,Busan,Incheon
South Sudan||South Sudanese|Juba
Spain||Spanish,Spaniard|Madrid,Barcelona,Valencia,Seville
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum,Omdurman
Suriname||Surinamese|Paramaribo
Sweden||Swedish,Swede|Stockholm,Gothenburg
Switzerland||Swiss|Bern,Zurich,Geneva
Syria|Syrian Arab Republic|Syrian|Damascus,Aleppo,Homs,Idlib,Raqqa,Deir ez-Zor,Hama,Latakia,Palmyra
Taiwan|Republic of China|Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma,Dar es Salaam
Thailand||Thai|Bangkok
Togo||Togolese|Lome
Tonga||Tongan|Nuku'alofa
Trinidad and Tobago||Trinidadian,Tobagonian|Port of Spain
Tunisia||Tunisian|Tunis
Turkey|Turkiye|Turkish,Turk|Ankara,Istanbul,Izmir
Turkmenistan||Turkmen|Ashgabat
Tuvalu||Tuvaluan|Funafuti
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv,Kiev,Kharkiv,Odesa,Odessa,Lviv,Mariupol,Donetsk,Luhansk
United Arab Emirates|UAE,Emirates|Emirati|Abu Dhabi,Dubai
United Kingdom|UK,U.K.,Britain,Great Britain,England,Scotland,Wales,Northern Ireland|British,Briton,Scottish,Welsh|London,Manchester,Birmingham,Edinburgh,Glasgow,Cardiff,Belfast,Liverpool
United States|US,U.S.,USA,U.S.A.,United States of America,America,the States|American|Washington,New York,Los Angeles,Chicago,Houston,San Francisco,Miami,Boston,Atlanta,Seattle
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent
Vanuatu||Ni-Vanuatu|Port Vila
Vatican City|Vatican,Holy See||
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi,Ho Chi Minh City,Saigon
Yemen||Yemeni|Sanaa,Aden,Hodeidah,Marib
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
`;
