// The columns of each import kind, as a coordinator's own sheets name them. Keys match the shared
// schemas' fields where a column is one field; names (municipality, mentor, themes, participants)
// are looked up by the import. The same table makes the templates and the full export's sheets, so
// an exported workbook imports back as it is.
import type { ImportColumn, ImportColumns } from './kinds';

const col = (key: string, label: string, type: ImportColumn['type'], required: boolean, aliases: string[], help: string, example: string): ImportColumn => ({
  key,
  label,
  type,
  required,
  aliases,
  help,
  example,
});

export const IMPORT_COLUMNS: ImportColumns = {
  municipalities: [
    col('code', 'Kommunekode', 'number', true, ['kode', 'kommunenr', 'kommunenummer', 'municipality code', 'code'], 'Tre cifre, f.eks. 461', '461'),
    col('name', 'Navn', 'text', true, ['kommune', 'kommunenavn', 'municipality', 'name'], 'Kommunens navn', 'Odense Kommune'),
    col('ean', 'EAN-nummer', 'text', false, ['ean', 'ean nr', 'gln', 'ean number'], '13 cifre (kontrolcifret tjekkes)', '5798005770015'),
    col('address', 'Adresse', 'text', false, ['adr', 'address'], 'Postadresse til opkrævninger', 'Flakhaven 2, 5000 Odense C'),
    col('contactPerson', 'Kontaktperson', 'text', false, ['kontakt', 'contact', 'contact person'], 'Navn', 'Mette Hansen'),
    col('contactEmail', 'Kontaktens e-mail', 'text', false, ['e-mail', 'email', 'mail', 'contact email'], 'E-mailadresse', 'mh@odense.dk'),
    col('participatingFrom', 'Deltager fra', 'date', false, ['fra', 'from', 'participating from'], 'Dato, f.eks. 01.01.2024', '01.01.2024'),
    col('participatingTo', 'Deltager til', 'date', false, ['til', 'to', 'participating to'], 'Tom hvis kommunen stadig deltager', ''),
    col('financeReference', 'Kontaktperson/bruger-id', 'text', false, ['bruger-id', 'brugerid', 'deres ref', 'reference', 'buyer reference', 'user id'], 'Til kommunens økonomisystem (vises på opkrævningen)', 'OKO1234'),
    col('orderNumber', 'Ordrenummer', 'text', false, ['ordrenr', 'ordre', 'rekvisitionsnummer', 'order number', 'order reference', 'po number'], 'Kommunens ordre- eller rekvisitionsnummer', '4500012345'),
    col('accountString', 'Kontostreng', 'text', false, ['konto', 'kontering', 'account string', 'account'], 'Kommunens kontering', '3.30.46.1'),
    col('paymentTermsDays', 'Betalingsfrist (dage)', 'number', false, ['betalingsfrist', 'frist', 'payment terms', 'terms'], 'Højst 30; tom: fordelingsnøglens egen', '30'),
  ],
  studentCounts: [
    col('year', 'År', 'number', true, ['aar', 'year', 'regnskabsår'], 'Året fordelingsnøglen gælder', '2026'),
    col('municipality', 'Kommune', 'text', true, ['kommunenavn', 'kommunekode', 'municipality'], 'Kommunens navn eller kode', 'Odense Kommune'),
    col('students', 'Elevtal', 'number', true, ['elever', 'antal elever', 'students', 'count'], 'Antal elever pr. tælledato', '1.234'),
    col('countDate', 'Tælledato', 'date', true, ['dato', 'opgjort', 'count date', 'date'], 'Hvornår eleverne blev talt', '05.09.2025'),
    col('source', 'Kilde', 'text', true, ['opgjort af', 'source'], 'Hvor tallet kommer fra', 'Skoleregistret'),
  ],
  mentors: [
    col('name', 'Navn', 'text', true, ['mentor', 'mentornavn', 'name'], 'Mentorens navn', 'Søren Holm'),
    col('profession', 'Faggruppe', 'text', true, ['fag', 'uddannelse', 'profession'], 'F.eks. socialrådgiver, ergoterapeut, speciallærer', 'socialrådgiver'),
    col('employerMunicipality', 'Ansættende kommune', 'text', true, ['kommune', 'arbejdsgiver', 'employer'], 'Kommunens navn eller kode', 'Odense Kommune'),
    col('hoursPerWeek', 'Timer pr. uge', 'number', true, ['timer', 'hours', 'hours per week'], 'Timer om ugen som mentor', '37'),
    col('capacity', 'Kapacitet', 'number', false, ['max forløb', 'capacity'], 'Højst antal forløb (standard 20)', '20'),
    col('activeFrom', 'Aktiv fra', 'date', true, ['start', 'ansat fra', 'active from'], 'Dato', '01.08.2024'),
    col('activeTo', 'Aktiv til', 'date', false, ['slut', 'fratrådt', 'active to'], 'Tom hvis mentoren stadig er aktiv', ''),
    col('schools', 'Skoler', 'list', false, ['skole', 'schools'], 'Skolerne adskilt af komma eller semikolon', 'Tietgen, SDE'),
    col('email', 'E-mail', 'text', false, ['mail', 'email'], 'E-mailadresse', 'sh@mentor.dk'),
    col('phone', 'Telefon', 'text', false, ['tlf', 'mobil', 'phone'], 'Telefonnummer', '61 22 33 44'),
  ],
  courses: [
    col('menteeId', 'Mentee-id', 'number', false, ['id', 'mentee id', 'elevnr'], 'Programmets eget nummer fra en eksport; tomt for nye', ''),
    col('name', 'Navn', 'text', true, ['mentee', 'elev', 'navn på mentee', 'name'], 'Den unges navn (aldrig CPR-nummer)', 'Anna Jensen'),
    col('birthYear', 'Fødselsår', 'number', true, ['født', 'årgang', 'birth year'], 'Fire cifre', '2006'),
    col('homeMunicipality', 'Hjemkommune', 'text', true, ['kommune', 'home municipality'], 'Kommunens navn eller kode', 'Odense Kommune'),
    col('education', 'Uddannelse', 'text', true, ['uddannelse', 'education'], 'SOSU-hjælper, SOSU-assistent, PAU, grundforløb eller anden uddannelse', 'SOSU-assistent'),
    col('school', 'Skole', 'text', false, ['skole', 'school'], 'Skolens navn', 'Tietgen'),
    col('phone', 'Telefon', 'text', false, ['tlf', 'mobil', 'phone'], 'Telefonnummer', ''),
    col('email', 'E-mail', 'text', false, ['mail', 'email'], 'E-mailadresse', ''),
    col('referralDate', 'Henvisningsdato', 'date', true, ['henvist', 'start', 'referral date'], 'Dato', '15.08.2025'),
    col('referredBy', 'Henvist af', 'text', true, ['henviser', 'referred by'], 'Eleven selv, lærer på skolen, praktikvejleder, jobcenter, Ungdommens uddannelsesvejledning eller andet', 'Lærer på skolen'),
    col('phaseAtStart', 'Fase ved start', 'text', true, ['fase', 'phase'], 'Grundforløb, skoleperiode, oplæringsperiode (praktik) eller start på hovedforløb', 'Grundforløb'),
    col('consentGivenOn', 'Samtykke givet', 'date', false, ['samtykke', 'consent'], 'Dato', '15.08.2025'),
    col('mentor', 'Mentor', 'text', false, ['mentornavn', 'mentor'], 'Mentorens navn; tomt på venteliste', 'Søren Holm'),
    col('assignedOn', 'Mentor fra', 'date', false, ['tildelt', 'assigned'], 'Hvornår mentoren fik forløbet', '20.08.2025'),
    col('themes', 'Temaer', 'list', false, ['tema', 'themes'], 'Adskilt af komma eller semikolon', 'Struktur og balance; Fravær'),
    col('closedOn', 'Afsluttet', 'date', false, ['slut', 'afsluttet den', 'closed'], 'Tom for åbne forløb', ''),
    col('outcome', 'Udfald', 'text', false, ['resultat', 'outcome'], 'Kun for afsluttede forløb: f.eks. gennemført, afbrudt, job, skiftet uddannelse', ''),
  ],
  contacts: [
    col('date', 'Dato', 'date', true, ['samtaledato', 'date'], 'Dato', '03.09.2025'),
    col('type', 'Type', 'text', true, ['samtaletype', 'type'], 'Individuel, gruppe, klasseoplæg, …', 'individuel'),
    col('mentor', 'Mentor', 'text', true, ['mentornavn', 'mentor'], 'Mentorens navn', 'Søren Holm'),
    col('durationMinutes', 'Minutter', 'number', true, ['varighed', 'tid', 'minutes', 'duration'], 'Varighed i minutter', '45'),
    col('participants', 'Deltagere', 'list', false, ['mentee', 'mentees', 'deltager', 'participants'], 'Navn (og fødselsår i parentes ved navnefæller), adskilt af semikolon', 'Anna Jensen (2006)'),
    col('themes', 'Temaer', 'list', false, ['tema', 'themes'], 'Adskilt af komma eller semikolon', 'Fravær'),
    col('school', 'Skole', 'text', false, ['school'], 'Kun klasseoplæg', ''),
    col('className', 'Klasse', 'text', false, ['class'], 'Kun klasseoplæg', ''),
    col('headCount', 'Antal deltagere', 'number', false, ['antal', 'elever', 'head count'], 'Kun klasseoplæg', ''),
  ],
};
