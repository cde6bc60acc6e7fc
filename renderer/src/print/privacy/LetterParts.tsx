// Pieces both data-protection letters share: the on-screen toolbar, a list of facts, and the sections
// on why, on what basis, who sees, how long, the rights, the data protection officer and complaints.
import type { ReactNode } from 'react';
import { PROCESSING, RIGHTS, type Lang } from '../../../../shared/privacy/processing';
import './letter.css';

export function LetterToolbar({ children }: { children?: ReactNode }) {
  return (
    <div className="print-toolbar no-print">
      <div className="print-toolbar__buttons">
        <button type="button" onClick={() => window.history.back()}>
          ← Tilbage
        </button>
        <button type="button" className="primary" onClick={() => window.print()}>
          Udskriv
        </button>
      </div>
      {children}
    </div>
  );
}

/** Label–value pairs; an empty value is shown as a dash so the reader sees the field exists. */
export function Facts({ items, none }: { items: ReadonlyArray<[string, ReactNode]>; none: string }) {
  return (
    <dl className="letter__facts">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value === null || value === '' ? none : value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Bullets({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
}

interface Headings {
  why: string;
  legalBasis: string;
  recipients: string;
  retention: string;
  rights: string;
  dpo: string;
  noDpo: string;
  complaint: string;
}

/** Why, legal basis, recipients, retention, rights, the DPO and complaints, in the letter's language. */
export function ProcessingSections({ lang, t, retention, dpoContact, rightsHow }: { lang: Lang; t: Headings; retention: string; dpoContact: string | null; rightsHow?: string }) {
  const p = PROCESSING[lang];
  return (
    <>
      <section className="doc-block">
        <h2>{t.why}</h2>
        <Bullets items={p.purposes} />
      </section>
      <section className="doc-block">
        <h2>{t.legalBasis}</h2>
        <Bullets items={p.legalBasis} />
      </section>
      <section className="doc-block">
        <h2>{t.recipients}</h2>
        <Bullets items={p.recipients} />
      </section>
      <section className="doc-block">
        <h2>{t.retention}</h2>
        <p>{retention}</p>
      </section>
      <section className="doc-block">
        <h2>{t.rights}</h2>
        <ul>
          {RIGHTS[lang].map((r) => (
            <li key={r.right}>
              <strong>{r.right}:</strong> {r.text}
            </li>
          ))}
        </ul>
        {rightsHow ? <p>{rightsHow}</p> : null}
      </section>
      <section className="doc-block">
        <h2>{t.dpo}</h2>
        <p className="letter__dpo">{dpoContact ?? t.noDpo}</p>
      </section>
      <section className="doc-block">
        <h2>{t.complaint}</h2>
        <p>{p.complaint}</p>
      </section>
    </>
  );
}
