// The recovery code, shown once: big groups to copy by hand, a print of only this sheet, and a tick before going on.
import { Fragment, useEffect, useId, useState } from 'react';
import { formatDateTime } from '../../../../shared/format';
import { formatRecoveryCode } from '../../../../shared/security/passphrase';
import { useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';

const RECOVERY_SHEET_SHOWN = 'recovery-sheet-shown';

export const NO_WAY_BACK = 'Uden adgangskoden og gendannelseskoden kan ingen – heller ikke os – få data tilbage.';

export function RecoveryCodeSheet({
  code,
  createdAt,
  dataFile,
  notice,
  onContinue,
}: {
  code: string;
  createdAt: string;
  dataFile: string;
  /** A line above the code, e.g. that the file was encrypted or that the old code stopped working. */
  notice?: string;
  onContinue: () => void;
}) {
  // The session is unlocked here, so the corps name can be printed on the sheet (none yet for a new file).
  const info = useApiQuery('app.info');
  const [written, setWritten] = useState(false);
  const whyId = useId();
  const corpsName = info.data?.corpsName;
  // Printing shows this sheet alone (styles.css). A class on <body>, not body:has(.recovery-sheet): in
  // print media a :has() on <body> restyled the whole document at every DOM change (#13: 4.5 s for a report).
  useEffect(() => {
    document.body.classList.add(RECOVERY_SHEET_SHOWN);
    return () => document.body.classList.remove(RECOVERY_SHEET_SHOWN);
  }, []);
  return (
    <section className="recovery-sheet" aria-labelledby={`${whyId}-title`}>
      <h1 id={`${whyId}-title`}>Gendannelseskode til Mentorkorps</h1>
      <Alert kind="ok">{notice}</Alert>
      <p>
        Har du glemt adgangskoden, kan du komme ind med denne kode og vælge en ny adgangskode. Skriv koden ned eller udskriv siden, og gem papiret et sikkert sted –
        ikke sammen med computeren.
      </p>
      <p className="recovery-code">
        {formatRecoveryCode(code)
          .split('-')
          .map((group, i) => (
            <Fragment key={i}>
              {i > 0 ? <span className="recovery-code__sep">-</span> : null}
              <span className="recovery-code__group">{group}</span>
            </Fragment>
          ))}
      </p>
      <p className="recovery-sheet__warning">
        <strong>{NO_WAY_BACK}</strong>
      </p>
      <dl className="recovery-sheet__meta">
        <dt>Korps</dt>
        <dd>{corpsName ?? <span className="recovery-sheet__blank">ikke navngivet endnu</span>}</dd>
        <dt>Koden er lavet</dt>
        <dd>{formatDateTime(createdAt)}</dd>
        <dt>Datafil</dt>
        <dd className="mono">{dataFile}</dd>
      </dl>
      <div className="recovery-sheet__actions no-print">
        <button type="button" onClick={() => window.print()}>
          Udskriv
        </button>
        <label className="check">
          <input type="checkbox" checked={written} onChange={(e) => setWritten(e.target.checked)} aria-describedby={whyId} />
          Jeg har skrevet koden ned eller udskrevet den
        </label>
        <button type="button" className="primary" disabled={!written} aria-describedby={whyId} onClick={onContinue}>
          Fortsæt
        </button>
        <small id={whyId} className="field__hint">
          Koden vises ikke igen. Sæt flueben, når den er skrevet ned eller udskrevet.
        </small>
      </div>
    </section>
  );
}
