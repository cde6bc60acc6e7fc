// The words of the information letter (GDPR art. 13) given to a young person at the first
// conversation, Danish and English. What is registered, why and for how long: processing.ts.
import type { Texts } from './processing';

export interface InfoLetterText {
  documentTitle: string;
  title: string;
  intro: (corps: string) => string;
  whoWeAre: string;
  whoWeAreText: (corps: string) => string;
  registered: string;
  notRegistered: string;
  why: string;
  legalBasis: string;
  recipients: string;
  retention: string;
  rights: string;
  rightsHow: string;
  dpo: string;
  noDpo: string;
  complaint: string;
}

export const INFO_LETTER: Texts<InfoLetterText> = {
  da: {
    documentTitle: 'Oplysning',
    title: 'Sådan behandler vi dine oplysninger',
    intro: (corps) => `Du har fået en mentor fra ${corps}. Her kan du læse, hvad vi skriver ned om dig, hvorfor, og hvilke rettigheder du har.`,
    whoWeAre: 'Hvem er vi',
    whoWeAreText: (corps) =>
      `${corps} er et mentorkorps, som kommunerne driver sammen. Mentorerne hjælper unge, så de kan blive i deres uddannelse. Kommunerne er ansvarlige for dine oplysninger.`,
    registered: 'Det skriver vi ned',
    notRegistered: 'Det skriver vi ikke ned',
    why: 'Hvorfor',
    legalBasis: 'Hvad giver os lov',
    recipients: 'Hvem ser oplysningerne',
    retention: 'Hvor længe',
    rights: 'Dine rettigheder',
    rightsHow: 'Du skal bare sige det til din mentor eller koordinatoren. Du får svar inden for en måned.',
    dpo: 'Databeskyttelsesrådgiver',
    noDpo: 'Spørg din kommune, hvem der er databeskyttelsesrådgiver. Du kan også spørge koordinatoren.',
    complaint: 'Klage',
  },
  en: {
    documentTitle: 'Information',
    title: 'How we handle your information',
    intro: (corps) => `You have got a mentor from ${corps}. Here you can read what we write down about you, why, and what rights you have.`,
    whoWeAre: 'Who we are',
    whoWeAreText: (corps) =>
      `${corps} is a mentor corps run by the municipalities together. The mentors help young people stay in their education. The municipalities are responsible for your information.`,
    registered: 'What we write down',
    notRegistered: 'What we do not write down',
    why: 'Why',
    legalBasis: 'What allows us to',
    recipients: 'Who sees the information',
    retention: 'How long',
    rights: 'Your rights',
    rightsHow: 'Just tell your mentor or the coordinator. You will get an answer within one month.',
    dpo: 'Data protection officer',
    noDpo: 'Ask your municipality who the data protection officer is. You can also ask the coordinator.',
    complaint: 'Complaints',
  },
};
