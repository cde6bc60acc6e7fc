// "Gå til række": jumps a long list to a row by its number (1 = the first), beside the keyboard and scrollbar.
import { useState, type FormEvent } from 'react';
import { formatInteger } from '../../../shared/format';
import { TextField } from './fields';

/** The 0-based row for a typed row number ("729.445" or "729445"), or null when it is not one of 1…total. */
export function rowOfText(text: string, total: number): number | null {
  const digits = text.trim().replace(/[.\s]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const n = Number(digits);
  return n >= 1 && n <= total ? n - 1 : null;
}

export function GoToRow({ total, onGo }: { total: number; onGo: (index: number) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const index = rowOfText(text, total);
    setError(index === null ? `Gå til række skal være et helt tal fra 1 til ${formatInteger(total)}.` : undefined);
    if (index !== null) onGo(index);
  };
  return (
    <form className="toolbar paged__goto" onSubmit={submit}>
      <TextField label="Gå til række" value={text} onChange={setText} inputMode="numeric" error={error} />
      <button type="submit">Gå</button>
    </form>
  );
}
