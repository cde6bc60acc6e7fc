// Builds an encrypted data file with a very long contact list for the e2e test of the paged table
// (tests/e2e/longList.spec.ts), which must not load the SQLite module itself: it runs this file with jiti.
// Usage: node node_modules/jiti/lib/jiti-cli.mjs tests/helpers/bigContactList.ts <data file> <contacts> <passphrase>
// The newest contact (the list's first row) takes part "Første Række", the oldest (its last row) "Sidste Række".
import { startBackend } from '../../electron/backend/index';
import { danishSortKey } from '../../shared/format';
import type { Kdfs } from '../../electron/backend/datafile/keys';

const [dataFile, countText, passphrase] = process.argv.slice(2);
const count = Number(countText);
if (!dataFile || !Number.isInteger(count) || count < 2 || !passphrase) throw new Error('Usage: bigContactList.ts <data file> <contacts ≥ 2> <passphrase>');

/** Cheap scrypt while building (the envelope keeps its own parameters, so the app unlocks it as usual). */
const BUILD_KDFS: Kdfs = { passphrase: { N: 2 ** 10, r: 8, p: 1 }, recovery: { N: 2 ** 10, r: 8, p: 1 } };

async function build() {
  const backend = startBackend(dataFile, 'e2e', () => '2026-11-23', { kdfs: BUILD_KDFS });
  try {
    backend.vault.setup(passphrase);
    const { db } = backend.ctx;
    await backend.registry.call('setup.startEmpty', { corpsName: 'Langlistekorpset' });
    await backend.registry.call('municipalities.addFunen');
    const municipality = db.prepare('SELECT id FROM municipalities LIMIT 1').pluck().get() as number;
    await backend.registry.call('mentors.create', { name: 'Mentor Langliste', profession: 'socialraadgiver', employerMunicipalityId: municipality, hoursPerWeek: 37, capacity: 20, activeFrom: '2018-01-01' });
    const mentor = db.prepare('SELECT id FROM mentors LIMIT 1').pluck().get() as number;
    const mentee = db.prepare('INSERT INTO mentees (name, sort_key, birth_year, home_municipality_id, education, school) VALUES (?, ?, 2004, ?, ?, ?)');
    const course = db.prepare("INSERT INTO courses (mentee_id, referral_date, referred_by, consent_given_on, phase_at_start, mentor_id) VALUES (?, '2018-06-01', 'laerer', '2018-06-01', 'oplaering', ?)");
    const contact = db.prepare("INSERT INTO contacts (type, contact_date, mentor_id, duration_minutes) VALUES ('individuel', ?, ?, ?)");
    const participant = db.prepare('INSERT INTO contact_participants (contact_id, course_id) VALUES (?, ?)');
    const courseOf = (name: string) => {
      const m = mentee.run(name, danishSortKey(name), municipality, 'sosu_assistent', 'SOSU Fyn, Odense');
      return Number(course.run(m.lastInsertRowid, mentor).lastInsertRowid);
    };
    db.transaction(() => {
      const last = courseOf('Sidste Række');
      const first = courseOf('Første Række');
      // The oldest contact first (lowest id, earliest date: the list's last row), the newest last.
      participant.run(contact.run('2019-01-02', mentor, 17).lastInsertRowid, last);
      const days = 2_500;
      for (let i = 1; i < count - 1; i++) {
        const date = new Date(Date.UTC(2019, 0, 3 + Math.floor((i * days) / count))).toISOString().slice(0, 10);
        contact.run(date, mentor, 30 + (i % 60));
      }
      participant.run(contact.run('2026-11-20', mentor, 71).lastInsertRowid, first);
    })();
  } finally {
    backend.close();
  }
}

build().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
