/** A status line: "ok" is announced politely, "error" at once. Renders nothing without a message. */
export function Alert({ kind, children }: { kind: 'ok' | 'error'; children: string | null | undefined | false }) {
  if (!children) return null;
  return (
    <p className={`alert alert--${kind}`} role={kind === 'ok' ? 'status' : 'alert'}>
      {children}
    </p>
  );
}
