// What an erasure removes and keeps, with counts: the coordinator's confirmation reads this.
import type { ErasurePreview } from '../../../../shared/api/privacy';
import { BACKUP_MAX_AGE_DAYS } from '../../../../shared/privacy/retention';
import { Alert } from '../../components/Alert';

export function ErasurePreviewView({ preview }: { preview: ErasurePreview }) {
  const c = preview.counts;
  return (
    <div className="erasure-preview">
      <p>
        <strong>{preview.name}</strong> (personnr. {preview.menteeId}): {c.courses} forløb, {c.contacts} samtaler ({c.groupContacts} i grupper), {c.goals} mål,{' '}
        {c.referrals} henvisninger og {c.checkpoints} opfølgninger.
      </p>
      <Alert kind="error">{preview.blockedReason}</Alert>
      <h3>Fjernes</h3>
      <ul>
        {preview.cleared.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <h3>Bevares som anonyme data</h3>
      <ul>
        {preview.kept.map((k) => (
          <li key={k.field}>
            {k.field} <span className="muted">– {k.why}</span>
          </li>
        ))}
      </ul>
      <p>
        Statistik og evalueringer for alle år er de samme før og efter. Sikkerhedskopier fra før sletningen indeholder stadig personen; kopier ældre end{' '}
        {BACKUP_MAX_AGE_DAYS} dage slettes automatisk, så personen er væk fra alle kopier senest {BACKUP_MAX_AGE_DAYS} dage efter sletningen.
      </p>
    </div>
  );
}
