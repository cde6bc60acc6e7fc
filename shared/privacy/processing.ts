// What the corps does with a young person's data, and on what basis: told in the information letter
// (art. 13) and in every access answer (art. 15). Plain language, Danish and English; a data
// protection officer should read it once and adjust it to the municipality's own wording.
export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];
export type Texts<T> = Record<Lang, T>;

export interface ProcessingText {
  purposes: readonly string[];
  legalBasis: readonly string[];
  recipients: readonly string[];
  /** What is registered (the fields the app keeps), and what is not. */
  registered: readonly { group: string; fields: string }[];
  notRegistered: readonly string[];
  complaint: string;
  retention: (years: number) => string;
}

/** Datatilsynet's public contact details (datatilsynet.dk). */
export const DATATILSYNET = 'Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, dt@datatilsynet.dk, www.datatilsynet.dk';

export const PROCESSING: Texts<ProcessingText> = {
  da: {
    purposes: [
      'At give dig en mentor og støtte dig, så du kan blive i din uddannelse.',
      'At planlægge samtaler og følge op på, hvordan det går, også nogle måneder efter forløbet.',
      'At fordele udgifterne mellem kommunerne og lave statistik. Her bruges kun tal, aldrig dit navn.',
    ],
    legalBasis: [
      'Vi løser en opgave for kommunerne, som de har ansvaret for (databeskyttelsesforordningens art. 6, stk. 1, litra e).',
      'Oplysninger om helbred (fx temaet "Mental sundhed" eller en henvisning til psykolog) registrerer vi kun med dit udtrykkelige samtykke (art. 9, stk. 2, litra a). Du kan altid trække samtykket tilbage.',
    ],
    recipients: [
      'Din mentor og korpsets koordinator kan se dine oplysninger.',
      'Kommunerne får kun tal uden navne (statistik og fordeling af udgifter).',
      'Vi sender ikke dine oplysninger videre. Hvis du henvises til et andet tilbud, noterer vi kun hvilket tilbud, hvilken kommune og hvornår.',
    ],
    registered: [
      { group: 'Om dig', fields: 'navn, fødselsår, hjemkommune, uddannelse, skole, telefon og e-mail' },
      {
        group: 'Om dit forløb',
        fields:
          'hvornår og af hvem du blev henvist, fase i uddannelsen, samtykke (datoer), planlagt opfølgning, din mentor (også tidligere mentorer), temaer, dine mål og deres status, henvisninger til andre tilbud, hvem der betaler, hvornår forløbet sluttede og hvordan',
      },
      { group: 'Om samtalerne', fields: 'dato, slags samtale, varighed, mentor og temaer. I en gruppesamtale kan de andre deltagere ikke se dine oplysninger' },
      { group: 'Efter forløbet', fields: 'om du er i uddannelse eller arbejde nogle måneder efter, hvornår vi fik det at vide og fra hvem' },
    ],
    notRegistered: ['Vi skriver ikke journal eller notater om, hvad I taler om.', 'Vi registrerer ikke dit CPR-nummer.'],
    complaint: `Du kan klage over vores behandling af dine oplysninger til ${DATATILSYNET}.`,
    retention: (years) =>
      `Vi gemmer dine oplysninger i ${years} år efter, at dit sidste forløb er afsluttet. Derefter fjerner vi alt, der kan pege på dig, og gemmer kun tal uden navn til statistikken.`,
  },
  en: {
    purposes: [
      'To give you a mentor and support you, so that you can stay in your education.',
      'To plan meetings and follow up on how you are doing, also a few months after the mentoring ends.',
      'To share the costs between the municipalities and to make statistics. Only numbers are used for this, never your name.',
    ],
    legalBasis: [
      'We carry out a task for the municipalities that they are responsible for (General Data Protection Regulation, Article 6(1)(e)).',
      'We only record information about health (for example the theme "Mental health" or a referral to a psychologist) with your explicit consent (Article 9(2)(a)). You can always withdraw your consent.',
    ],
    recipients: [
      'Your mentor and the coordinator of the mentor corps can see your information.',
      'The municipalities only get numbers without names (statistics and sharing of costs).',
      'We do not pass your information on. If you are referred to another service, we only note which service, which municipality and when.',
    ],
    registered: [
      { group: 'About you', fields: 'name, year of birth, home municipality, education, school, phone and e-mail' },
      {
        group: 'About your mentoring',
        fields:
          'when and by whom you were referred, stage of your education, consent (dates), planned follow-up, your mentor (also earlier mentors), themes, your goals and their status, referrals to other services, who pays, when the mentoring ended and how',
      },
      { group: 'About the meetings', fields: 'date, kind of meeting, length, mentor and themes. In a group meeting the other participants cannot see your information' },
      { group: 'After the mentoring', fields: 'whether you are in education or work a few months later, when we learned it and from whom' },
    ],
    notRegistered: ['We do not keep a journal or notes of what you talk about.', 'We do not record your CPR number (personal identity number).'],
    complaint: `You can complain about how we handle your information to the Danish Data Protection Agency: ${DATATILSYNET}.`,
    retention: (years) =>
      `We keep your information for ${years} years after your last mentoring ended. Then we remove everything that can point to you, and keep only numbers without your name for statistics.`,
  },
};

/** Your rights, in both languages (the information letter and the access letter list them). */
export const RIGHTS: Texts<readonly { right: string; text: string }[]> = {
  da: [
    { right: 'Indsigt', text: 'Du kan få at vide, hvad vi har registreret om dig, og hvornår nogen har set dine oplysninger.' },
    { right: 'Berigtigelse', text: 'Er noget forkert, retter vi det.' },
    { right: 'Sletning', text: 'Du kan bede os slette dine oplysninger. Nogle gange skal kommunen gemme dem; så får du at vide hvorfor.' },
    { right: 'Begrænsning', text: 'Du kan bede os om ikke at bruge dine oplysninger, mens noget bliver undersøgt.' },
    { right: 'Indsigelse', text: 'Du kan gøre indsigelse mod, at vi behandler dine oplysninger.' },
    { right: 'Klage', text: 'Du kan klage til Datatilsynet.' },
  ],
  en: [
    { right: 'Access', text: 'You can find out what we have recorded about you, and when someone has looked at your information.' },
    { right: 'Correction', text: 'If something is wrong, we correct it.' },
    { right: 'Erasure', text: 'You can ask us to delete your information. Sometimes the municipality has to keep it; then we tell you why.' },
    { right: 'Restriction', text: 'You can ask us not to use your information while something is being checked.' },
    { right: 'Objection', text: 'You can object to us handling your information.' },
    { right: 'Complaint', text: 'You can complain to the Danish Data Protection Agency (Datatilsynet).' },
  ],
};

/** The purpose recorded in the read log when the coordinator gives none. */
export const DEFAULT_ACCESS_PURPOSE = 'indsigtsanmodning';
