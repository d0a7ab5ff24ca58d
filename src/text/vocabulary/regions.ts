// Sub-national regions often named in news copy, one a line: region names | country.
// Plain world knowledge, parsed once by the gazetteer.
export const REGION_TABLE = `
Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,West Virginia,Wisconsin,Wyoming,District of Columbia,Puerto Rico,Guam|United States
Ontario,Quebec,British Columbia,Alberta,Manitoba,Saskatchewan,Nova Scotia,New Brunswick|Canada
New South Wales,Queensland,Tasmania,Western Australia,South Australia|Australia
Bavaria,Saxony,Hesse|Germany
Catalonia,Andalusia,Basque Country|Spain
Kurdistan Region,Iraqi Kurdistan,Anbar,Nineveh,Diyala,Saladin|Iraq
Khuzestan,Sistan and Baluchestan|Iran
Donbas,Donbass,Crimea|Ukraine
Chechnya,Dagestan,Siberia|Russia
Xinjiang,Tibet,Guangdong,Sichuan,Hubei|China
Tigray,Amhara,Oromia|Ethiopia
Darfur|Sudan
Sinai,Sinai Peninsula|Egypt
Punjab province,Khyber Pakhtunkhwa,Balochistan|Pakistan
Kashmir|
Middle East,Europe,Asia,Africa,Latin America,South America,North America,Central Asia,Southeast Asia,East Asia,South Asia,Balkans,Caucasus,Sahel,Horn of Africa,Levant,Gulf region,Persian Gulf,Arabian Peninsula,Scandinavia,Caribbean,Pacific|
Gulf Coast,East Coast,West Coast,Midwest|United States
`;
