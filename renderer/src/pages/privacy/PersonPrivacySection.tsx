// One person's data-protection actions: erase (or record a refusal), and the log of look-ups at them.
// Mounted on the course page and in the person search on the Databeskyttelse page.
import { useState } from 'react';
import { href } from '../../../../shared/routes';
import { AccessButtons } from './AccessButtons';
import { ErasureDialog } from './ErasureDialog';

export function PersonPrivacySection({ menteeId, onErased }: { menteeId: number; onErased?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="person-privacy" role="group" aria-label="Databeskyttelse for personen">
      <button type="button" onClick={() => setOpen(true)}>
        Slet eller afvis sletning…
      </button>
      <a className="button-link" href={href({ name: 'log', menteeId })}>
        Se log for personen
      </a>
      <AccessButtons menteeId={menteeId} />
      {open ? <ErasureDialog menteeId={menteeId} onClose={() => setOpen(false)} onErased={onErased} /> : null}
    </div>
  );
}
