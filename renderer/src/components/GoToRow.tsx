// "Gå til række": jumps a long list to a row by its number (1 = the first), beside the keyboard and scrollbar.
import { useState, type FormEvent } from 'react';
import { formatInteger } from '../../../shared/format';
import { TextField } from './fields';
import { rowOfText } from './scrollScale';

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
