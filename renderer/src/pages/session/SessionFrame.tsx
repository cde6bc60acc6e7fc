// The frame of the screens shown before the data are open: the app's name over one centred card.
import type { ReactNode } from 'react';

export function SessionFrame({ children, wide }: { children: ReactNode; wide?: boolean }) {
  return (
    <main className={`session${wide ? ' session--wide' : ''}`}>
      <p className="session__brand" aria-hidden="true">
        Mentorkorps
      </p>
      <div className="session__card">{children}</div>
    </main>
  );
}
