// The menu entry reminds the coordinator when persons are due for anonymisation: "Databeskyttelse (12)".
import { useRetentionDueAfterFirstScreen } from './useRetentionDue';

export function PrivacyMenuLabel({ label }: { label: string }) {
  const due = useRetentionDueAfterFirstScreen().data?.total ?? 0;
  if (due === 0) return <>{label}</>;
  return (
    <>
      {label} <span className="nav-badge">({due})</span>
      <span className="sr-only"> – {due === 1 ? 'én person' : `${due} personer`} klar til anonymisering</span>
    </>
  );
}
