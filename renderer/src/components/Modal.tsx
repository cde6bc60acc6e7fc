// A native modal dialog that keyboard and screen-reader users can trust: focus starts on the first field,
// goes back to the button that opened it, and Esc, × or "Annuller" on a changed form asks before
// throwing the changes away.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

const FIRST_FIELD = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])';
const FIRST_BUTTON = '.modal__body button:not([disabled]), .modal__body a[href]';

/** Asks to close the dialog (it confirms first when the form is changed). */
const CloseContext = createContext<() => void>(() => undefined);
export const useRequestClose = () => useContext(CloseContext);

export function Modal({ title, onClose, dirty = false, children }: { title: string; onClose: () => void; dirty?: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    (dialog?.querySelector<HTMLElement>(FIRST_FIELD) ?? dialog?.querySelector<HTMLElement>(FIRST_BUTTON))?.focus();
    return () => {
      dialog?.close();
      // The opener may have been re-rendered away (a saved row); then the page's content takes focus.
      if (opener?.isConnected) opener.focus();
      else document.getElementById('indhold')?.focus();
    };
  }, []);

  const requestClose = () => (dirty ? setConfirming(true) : onClose());

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        if (confirming) setConfirming(false);
        else requestClose();
      }}
    >
      <header className="modal__header">
        <h2>{title}</h2>
        <button type="button" className="icon" aria-label="Luk" onClick={requestClose}>
          ×
        </button>
      </header>
      {confirming ? <DiscardQuestion onDiscard={onClose} onKeep={() => setConfirming(false)} /> : null}
      <div className="modal__body" hidden={confirming}>
        <CloseContext.Provider value={requestClose}>{children}</CloseContext.Provider>
      </div>
    </dialog>
  );
}

function DiscardQuestion({ onDiscard, onKeep }: { onDiscard: () => void; onKeep: () => void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="confirm-box modal__confirm" role="alertdialog" aria-labelledby="kasser-spoergsmaal">
      <p id="kasser-spoergsmaal">Du har ændringer, der ikke er gemt. Vil du kassere dem?</p>
      <div className="form__actions">
        <button type="button" ref={keep} className="primary" onClick={onKeep}>
          Fortsæt redigering
        </button>
        <button type="button" onClick={onDiscard}>
          Kassér ændringer
        </button>
      </div>
    </div>
  );
}
