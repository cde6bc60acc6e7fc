import { eanCheckDigit } from '../../../shared/ean';
import { danishSortKey } from '../../../shared/format';
import { FUNEN_MUNICIPALITIES } from '../../../shared/reference';
import type { BackendContext } from '../context';

/** An invented but well-formed EAN for a demo municipality (prefix 5798 like Danish public bodies). */
export function demoEan(code: number): string {
  const first12 = `57980000${String(code).padStart(4, '0')}`;
  return first12 + String(eanCheckDigit(first12));
}

const DEMO_MENTORS = [
  {
    name: 'Mette Kjærgaard',
    profession: 'socialraadgiver',
    schools: ['SOSU Fyn, Odense', 'SOSU Fyn, Svendborg'],
    hours: 37,
  },
  {
    name: 'Søren Aagaard',
    profession: 'ergoterapeut',
    schools: ['SOSU Fyn, Odense', 'SOSU Fyn, Middelfart'],
    hours: 37,
  },
  {
    name: 'Lone Østergård',
    profession: 'specialpaedagog',
    schools: ['SOSU Fyn, Svendborg', 'SOSU Fyn, Odense'],
    hours: 32,
  },
] as const;

export function addDemoRoster({ db, today }: BackendContext): void {
  const year = Number(today().slice(0, 4));
  const insertMunicipality = db.prepare(
    `INSERT INTO municipalities (name, sort_key, code, ean, address, contact_person, contact_email, participating_from,
       finance_reference, order_number, account_string)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const m of FUNEN_MUNICIPALITIES) {
    const slug = m.name.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/[^a-z]/g, '');
    insertMunicipality.run(
      m.name,
      danishSortKey(m.name),
      m.code,
      demoEan(m.code),
      `Rådhuset, ${m.name}`,
      'Uddannelseskonsulent (demo)',
      `uddannelse@${slug}.example.dk`,
      `${year - 3}-01-01`,
      // Invented references for the finance systems, so the demo year issues without warnings.
      `OKO${m.code}`,
      `45000${m.code}01`,
      `3.30.46.${m.code}`,
    );
  }
  const odense = db.prepare('SELECT id FROM municipalities WHERE code = 461').get() as { id: number };
  const insertMentor = db.prepare(
    `INSERT INTO mentors (name, sort_key, profession, employer_municipality_id, hours_per_week, capacity, active_from, schools_json, email)
     VALUES (?, ?, ?, ?, ?, 20, ?, ?, ?)`,
  );
  for (const m of DEMO_MENTORS) {
    const email = `${m.name.split(' ')[0].toLowerCase().replace(/ø/g, 'oe')}@mentorkorps.example.dk`;
    insertMentor.run(m.name, danishSortKey(m.name), m.profession, odense.id, m.hours, `${year - 3}-08-01`, JSON.stringify(m.schools), email);
  }
}
