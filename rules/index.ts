import type { Rule } from '../src/core/types.js';
import operatorIdentity from './operator-identity.js';
import legalBasis from './legal-basis.js';
import retentionPeriod from './retention-period.js';
import crossBorderTransfer from './cross-border-transfer.js';
import responseDeadline from './response-deadline.js';
import subjectRights from './subject-rights.js';
import impliedConsent from './implied-consent.js';
import dataLocalization from './data-localization.js';
import placeholderText from './placeholder-text.js';
import purposes from './purposes.js';
import dataCategories from './data-categories.js';
import thirdParties from './third-parties.js';
import securityMeasures from './security-measures.js';
import destruction from './destruction.js';
import policyDate from './policy-date.js';
import notAPolicy from './not-a-policy.js';
import cookiesAnalytics from './cookies-analytics.js';
import specialCategories from './special-categories.js';
import catchAllPurposes from './catch-all-purposes.js';
import breachNotification from './breach-notification.js';

/** Every rule, in the order --list-rules shows them. The engine receives this list; it never names a rule. */
export const rules: readonly Rule[] = [
  operatorIdentity,
  legalBasis,
  retentionPeriod,
  crossBorderTransfer,
  responseDeadline,
  subjectRights,
  impliedConsent,
  dataLocalization,
  placeholderText,
  purposes,
  dataCategories,
  thirdParties,
  securityMeasures,
  destruction,
  policyDate,
  cookiesAnalytics,
  specialCategories,
  catchAllPurposes,
  breachNotification,
  notAPolicy,
];
