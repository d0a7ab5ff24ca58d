// Common given names across languages, so "Maria Lopez" reads as a person without a title. General data.
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
aaron abdul abdullah abu adam adel adrian ahmad ahmed aisha alan albert alberto alejandro aleksandr alex alexander alexandra alexei ali alice alicia alan amanda amir amy ana andrea andreas andrei andrew andrés angela angelina ann anna anne annie anthony antonio antony ashley ayman
barack barbara ben benjamin bernard beth betty bill bob boris brad brian bruce
carl carlos carmen caroline catherine charles charlie chris christian christina christine christopher claire claudia colin craig
dan daniel danielle david deborah dennis diana diego dmitry donald doug douglas
ed eddie edward elena elizabeth ellen emily emma emmanuel eric erik eva
fatima faisal felipe fernando francesca francis francisco frank fuad
gary george georg gerhard giorgia giuseppe glenn gordon grace greg gregory
hamid hamza hans hannah harry hassan heather helen henry hillary hossein hugo hussein
ian ibrahim igor ilham imran irina isaac ivan
jack jacob james jamie jan jane janet jason javier jean jeff jeffrey jen jennifer jeremy jessica jim joan joe john johnny jonathan jorge jose joseph josh joshua juan julia julian julie justin
karen karim kate katherine kathleen keith kelly ken kenneth kevin khaled khalid kim kimberly kristin
larry laura lauren lawrence lee leila leon lisa liz lloyd louis lucas luis luke
mahmoud majid manuel marc marcus margaret maria marie mario mark martin mary maryam matt matthew max mehdi melissa michael michel michelle miguel mike mikhail mohamed mohammad mohammed mustafa
nancy naomi natalia natalie nathan neil nicholas nick nicola nicolas nikolai nina nora
olaf olga oliver olivia omar oscar
pablo pamela patricia patrick paul paula pedro peter philip pierre
rachel rafael rajesh ralph ramon rania raul rebecca reza richard rick rob robert roberto roger ron ronald rosa roy ruth ryan
saeed said salim sam samantha samir samuel sandra sara sarah scott sean sergei sergey shannon sharon sophie stephen steve steven susan
tamara ted teresa thomas tim timothy tina todd tom tony
ursula
valentina valerie vanessa victor victoria vincent vladimir
walter wang wei william
xavier
yasmin yusuf yuri
zainab zhang
`
    .split(/\s+/)
    .filter(Boolean),
);
