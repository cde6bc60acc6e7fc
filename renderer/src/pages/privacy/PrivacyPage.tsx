// Databeskyttelse: what is due for anonymisation (and the confirmed run), one person's rights, the
// recorded decisions, the information letter, and how long data and look-ups are kept.
import { InfoLetterSection } from './InfoLetterSection';
import { PersonFinder } from './PersonFinder';
import { PrivacyRequests } from './PrivacyRequests';
import { PrivacySettings } from './PrivacySettings';
import { RetentionDueSection } from './RetentionDueSection';

export function PrivacyPage() {
  return (
    <>
      <header className="page-header">
        <h1>Databeskyttelse</h1>
      </header>
      <RetentionDueSection />
      <PersonFinder />
      <PrivacyRequests />
      <InfoLetterSection />
      <PrivacySettings />
    </>
  );
}
