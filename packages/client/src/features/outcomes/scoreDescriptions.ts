/**
 * What each score means, in short plain words, for the domains of the New Directions Team
 * Assessment (NDTA), keyed by domain. Scores run from 0 (no concern) to 4 (the most serious). These
 * are reminders written for CaseHuddle, not the NDTA's own wording: score with the NDTA guidance.
 */
export const NDTA_SCORE_DESCRIPTIONS: Record<string, readonly [string, string, string, string, string]> = {
  ENGAGEMENT: [
    'Engages well with services and keeps appointments',
    'Mostly engages; misses the odd appointment',
    'Engages on and off; often needs chasing',
    'Rarely engages; turns up only in a crisis',
    'Does not engage with services at all',
  ],
  INTENTIONAL_SELF_HARM: [
    'No self-harm or thoughts of it',
    'Thoughts of self-harm, or harm long ago',
    'Occasional self-harm, or threats of it',
    'Frequent self-harm, or a recent attempt',
    'Serious, life-threatening self-harm or attempts',
  ],
  UNINTENTIONAL_SELF_HARM: [
    'Looks after their own safety and health',
    'Some neglect of health or safety',
    'Regular neglect, or risky use that could cause harm',
    'Often comes to harm through neglect or accidents',
    'Life-threatening neglect, overdoses or accidents',
  ],
  RISK_TO_OTHERS: [
    'No risk to others',
    'Some threatening or intimidating behaviour',
    'Occasional aggression or damage to property',
    'Violence towards others, or serious threats',
    'Serious violence, or a high risk of serious harm',
  ],
  RISK_FROM_OTHERS: [
    'Not at risk from other people',
    'Some risk: occasional bullying or being taken advantage of',
    'Often exploited, bullied or threatened',
    'Regularly harmed or exploited by others',
    'In serious danger from others, such as violence or sexual exploitation',
  ],
  STRESS_AND_ANXIETY: [
    'Copes well with everyday stress',
    'Some stress or worry, but manages',
    'Stress or anxiety often gets in the way of daily life',
    'Stress or anxiety causes serious problems most days',
    'Overwhelmed: cannot cope with daily life',
  ],
  SOCIAL_EFFECTIVENESS: [
    'Gets on with people and manages social situations',
    'Some difficulty with people or social situations',
    'Often falls out with people, or is isolated',
    'Behaviour regularly causes problems with others',
    'Cannot manage relationships at all; behaviour excludes them',
  ],
  ALCOHOL_DRUG_ABUSE: [
    'No problem use of alcohol or drugs',
    'Some use, causing few problems',
    'Regular use that causes problems',
    'Dependent, with serious effects on health or life',
    'Chaotic, dangerous use: a risk to life',
  ],
  IMPULSE_CONTROL: [
    'Thinks before acting',
    'Sometimes acts on impulse, with little harm',
    'Often acts on impulse, causing problems',
    'Impulsive behaviour regularly causes harm',
    'No control over impulses; a danger to self or others',
  ],
  HOUSING: [
    'Settled, suitable housing',
    'Housed, but with some problems (arrears, repairs)',
    'Housing at risk, or unsuitable',
    'Temporary or emergency housing, hostel or sofa surfing',
    'Street homeless or no accommodation',
  ],
};
