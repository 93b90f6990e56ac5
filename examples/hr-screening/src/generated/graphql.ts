import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Computerised National Identity Card number (or B-form number): 13 digits. Accepts `12345-1234567-1` or `1234512345671`, also with spaces or dots between the digits and in Urdu (۰-۹) or Arabic-Indic (٠-٩) digits, as the SMS channel does; always serialised as 13 ASCII digits. The first digit is the province of registration and the last the gender (odd male, even female), so a CNIC is personal data. */
  Cnic: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** Activates a model and re-scores every household under it in the background. */
export type ActivateScorecardModelInput = {
  /** The model's version. */
  version: Scalars['String']['input'];
};

/** Corrections to a conviction's details. Omitted fields are unchanged. */
export type AmendConvictionInput = {
  /** Case or FIR number. */
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  /** Date of conviction; not in the future. */
  convictionDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The convicting court. */
  court?: InputMaybe<Scalars['String']['input']>;
  /** End of the registration period. */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The conviction's global ID. */
  id: Scalars['ID']['input'];
  /** Last known address. */
  lastKnownAddress?: InputMaybe<Scalars['String']['input']>;
  /** Why the correction is made; kept in the history. */
  reason: Scalars['String']['input'];
  /** Registrable statute sections (at most 20). */
  sections?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The sentence. */
  sentence?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a newer one on the server gives STALE_VERSION. */
  version: Scalars['Int']['input'];
};

/** Whether the dwelling is in an urban or a rural area (scorecards adjust by it). */
export type Area =
  /** Rural area. */
  | 'RURAL'
  /** Urban area. */
  | 'URBAN';

/** Narrows the audit log. All given conditions must hold. */
export type AuditEventFilter = {
  /** Exact action, e.g. `identity.read`. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** API client id. */
  clientId?: InputMaybe<Scalars['ID']['input']>;
  /** At or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exact outcome. */
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** Events about this person (matched by HMAC). */
  subjectCnic?: InputMaybe<Scalars['Cnic']['input']>;
  /** Before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Stop a watch. */
export type CancelWatchInput = {
  /** The watch's global ID. */
  id: Scalars['ID']['input'];
};

/** Points for one answer of a category indicator. */
export type CategoryPointsInput = {
  /** An answer of the field, e.g. `BAKED_BRICK`. */
  answer: Scalars['String']['input'];
  /** Points for it. */
  points: Scalars['Float']['input'];
};

/** A status change: overturned, pardoned, expired, or back to ACTIVE. */
export type ChangeConvictionStatusInput = {
  /** The conviction's global ID. */
  id: Scalars['ID']['input'];
  /** Why (e.g. the appellate judgment); kept in the history. */
  reason: Scalars['String']['input'];
  /** The new status. */
  status: ConvictionStatus;
  /** The version you read; a newer one on the server gives STALE_VERSION. */
  version: Scalars['Int']['input'];
};

/** What the person consents to. */
export type ConsentScope =
  /** Programme eligibility checks (`eligibility` with `consentId`). */
  | 'ELIGIBILITY_CHECK'
  /** Offender checks (`verifyOffender(s)` with `consentId`). */
  | 'OFFENDER_CHECK'
  /** Continuous monitoring (`createWatch` with `consentId`) until the consent ends. */
  | 'WATCH';

/** Where a consent the subject gives by SMS stands. */
export type ConsentStatus =
  /** Not answered before the code expired, or past `expiresAt`. */
  | 'EXPIRED'
  /** The person answered YES: checks may cite it until `expiresAt`. */
  | 'GRANTED'
  /** The code was sent; the person has not answered yet. */
  | 'PENDING'
  /** The person answered NO. */
  | 'REFUSED'
  /** The person withdrew it (SMS `WITHDRAW <code>`); watches resting on it ended with it. */
  | 'WITHDRAWN';

/** What a history entry of a conviction records. */
export type ConvictionEventKind =
  /** Details were corrected (`changedFields` says which). */
  | 'AMENDED'
  /** The conviction was registered. */
  | 'REGISTERED'
  /** The status changed (`fromStatus` → `toStatus`). */
  | 'STATUS_CHANGED';

/** Where a conviction stands on the register. Only ACTIVE convictions answer a check. */
export type ConvictionStatus =
  /** In force: checks answer RECORD_FOUND. */
  | 'ACTIVE'
  /** The registration period has ended. */
  | 'EXPIRED'
  /** Set aside by an appellate court. */
  | 'OVERTURNED_ON_APPEAL'
  /** Pardoned. */
  | 'PARDONED';

/** Main cooking fuel. */
export type CookingFuel =
  /** Dung cakes or crop residue. */
  | 'DUNG_CROP'
  /** Electricity. */
  | 'ELECTRICITY'
  /** Piped natural gas. */
  | 'GAS'
  /** Kerosene. */
  | 'KEROSENE'
  /** Bottled LPG. */
  | 'LPG'
  /** Other fuel. */
  | 'OTHER'
  /** Firewood. */
  | 'WOOD';

/** Watch a person you screened, with their consent. */
export type CreateWatchInput = {
  /** http(s) URL that receives the signed POSTs. */
  callbackUrl: Scalars['String']['input'];
  /** The CNIC; you must have checked it with `verifyOffender(s)` first. */
  cnic: Scalars['Cnic']['input'];
  /** A consent the person granted you by SMS covering WATCH for this CNIC (`requestConsent`): the watch rests on it, must end no later than it, and ends when the person withdraws it. */
  consentId?: InputMaybe<Scalars['ID']['input']>;
  /** Your reference to the subject's consent to continuous monitoring. Give this or `consentId`. */
  consentRef?: InputMaybe<Scalars['String']['input']>;
  /** When to stop; in the future and at most 12 months ahead. */
  expiresAt: Scalars['DateTime']['input'];
  /** Retrying with the same key returns the first watch instead of creating another. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of area a dashboard covers. */
export type DashboardLevel =
  /** A district; its children are the tehsils recorded on its households. */
  | 'DISTRICT'
  /** A viewer's set of districts (`scope: {}` for a DISTRICTS jurisdiction); its children are those districts. */
  | 'JURISDICTION'
  /** Pakistan; its children are the provinces. */
  | 'NATIONAL'
  /** A province or territory; its children are its districts. */
  | 'PROVINCE'
  /** A tehsil of a district; no children. */
  | 'TEHSIL';

/** The area of a dashboard: every field omitted means the viewer's whole jurisdiction (national for a national analyst). */
export type DashboardScope = {
  /** District code from the reference dataset, e.g. `PK601`. */
  district?: InputMaybe<Scalars['String']['input']>;
  /** A province or territory. */
  province?: InputMaybe<Province>;
  /** Tehsil name as recorded on households (needs `district`); `UNSPECIFIED` for households with none. */
  tehsil?: InputMaybe<Scalars['String']['input']>;
};

/** Narrows a list of data-quality flags. All given conditions must hold. */
export type DataQualityFlagFilter = {
  /** Flag code. */
  code?: InputMaybe<FlagCode>;
  /** District code of the household. */
  district?: InputMaybe<Scalars['String']['input']>;
  /** Province of the household. */
  province?: InputMaybe<Province>;
  /** Severity. */
  severity?: InputMaybe<FlagSeverity>;
};

/** State of one webhook notification in the outbox. */
export type DeliveryStatus =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Gave up after the maximum number of attempts. */
  | 'FAILED'
  /** Not yet acknowledged by the receiver; will be (re)tried at `nextAttemptAt`. */
  | 'PENDING';

/** How much an offender check discloses to a client; set per client by policy. */
export type DisclosurePolicy =
  /** The full record (law enforcement). */
  | 'FULL'
  /** The result only. */
  | 'MATCH_ONLY'
  /** The result and the SMS-style line naming the person and the father/husband. */
  | 'NAME_LINE'
  /** The client may not run offender checks. */
  | 'NONE';

/** How a dispute was filed. */
export type DisputeChannel =
  /** At a registration centre, through the API. */
  | 'API'
  /** By the person, by SMS from a number registered to them. */
  | 'SMS';

/** Narrows `disputes`. All given conditions must hold. */
export type DisputeFilter = {
  /** About this person. */
  cnic?: InputMaybe<Scalars['Cnic']['input']>;
  /** Of this kind. */
  kind?: InputMaybe<DisputeKind>;
  /** In this status. */
  status?: InputMaybe<DisputeStatus>;
};

/** What the person says is wrong. */
export type DisputeKind =
  /** A conviction on the offender register. Reviewed by LAW_ENFORCEMENT of the conviction's district. */
  | 'CONVICTION_RECORD'
  /** Their household's survey data. Reviewed by a WELFARE_OFFICER of the household's district. */
  | 'HOUSEHOLD_DATA'
  /** A record is not theirs, or names them wrongly. Reviewed by the register that holds it (law enforcement if a conviction is registered at the CNIC, else welfare). */
  | 'IDENTITY_MISMATCH'
  /** Their household's poverty score or eligibility. Reviewed by a WELFARE_OFFICER of the household's district. */
  | 'SCORE';

/** How a reviewer resolves a dispute. */
export type DisputeOutcome =
  /** The record stands. */
  | 'REJECTED'
  /** The person was right: record the correction first (e.g. `changeConvictionStatus`, `submitSurvey`, `updateMember`); it is linked. */
  | 'UPHELD';

/** Where a dispute stands. */
export type DisputeStatus =
  /** Filed, awaiting the review of the body that keeps the record. */
  | 'OPEN'
  /** The record stands; `resolution.reason` says why. */
  | 'REJECTED'
  /** The person was right; `changes` links the correction it caused. */
  | 'UPHELD';

/** Highest level of education completed. */
export type EducationLevel =
  /** Bachelor's degree. */
  | 'GRADUATE'
  /** Intermediate (class 12). */
  | 'INTERMEDIATE'
  /** Matriculation (class 10). */
  | 'MATRIC'
  /** Middle (class 8). */
  | 'MIDDLE'
  /** No schooling completed. */
  | 'NONE'
  /** Master's degree or higher. */
  | 'POSTGRADUATE'
  /** Primary (class 5). */
  | 'PRIMARY';

/** A person and a programme to check, with the lookup's declaration. */
export type EligibilityInput = {
  /** The person's CNIC or B-form number. */
  cnic: Scalars['Cnic']['input'];
  /** A consent the person granted you by SMS (`requestConsent`) covering ELIGIBILITY_CHECK for this CNIC and purpose; replaces `consentRef`. */
  consentId?: InputMaybe<Scalars['ID']['input']>;
  /** Your reference to the subject's signed consent; required for ADMISSIONS (or give `consentId`). */
  consentRef?: InputMaybe<Scalars['String']['input']>;
  /** The programme to check against. */
  programme: ProgrammeCode;
  /** Why you are checking (ADMISSIONS for universities); recorded in the audit log. */
  purpose: LookupPurpose;
};

/** Why a person is not (or not yet) eligible. Empty reasons mean eligible. */
export type EligibilityReason =
  /** The person's age is outside the programme's range. */
  | 'AGE_OUT_OF_RANGE'
  /** Exclusion filter: a member is a government employee. */
  | 'EXCLUDED_GOVERNMENT_EMPLOYEE'
  /** Exclusion filter: agricultural land above the limit (12 acres). */
  | 'EXCLUDED_LAND_OWNER'
  /** Exclusion filter: phone bills above the limit (Rs 1,000 a month). */
  | 'EXCLUDED_PHONE_BILL'
  /** Exclusion filter: a member or a member's spouse has travelled abroad. */
  | 'EXCLUDED_TRAVEL_ABROAD'
  /** Exclusion filter: the household owns a car, jeep or van. */
  | 'EXCLUDED_VEHICLE_OWNER'
  /** The household's declared income is at or above the programme's limit. */
  | 'INCOME_ABOVE_LIMIT'
  /** The programme pays ever-married women only. */
  | 'NEVER_MARRIED'
  /** The programme pays women only. */
  | 'NOT_A_WOMAN'
  /** The child is not enrolled in school. */
  | 'NOT_ENROLLED'
  /** The programme needs a Benazir Kafaalat household, and this one is not. */
  | 'NOT_KAFAALAT_HOUSEHOLD'
  /** The person is in no surveyed household: visit a registration centre. */
  | 'NOT_SURVEYED'
  /** The survey records no pregnancy or breastfeeding: a woman's eligibility must be established at the facility. */
  | 'PREGNANCY_NOT_RECORDED'
  /** The household's poverty score is above the programme's cut-off. */
  | 'SCORE_ABOVE_CUTOFF'
  /** The household is surveyed but its latest survey is not scored yet. */
  | 'SCORE_PENDING'
  /** The household's score is under another model than the rule names; scores of models are not comparable. */
  | 'SCORE_UNDER_OTHER_MODEL';

/** Main economic activity of a member. */
export type Employment =
  /** Works on own or rented farm land. */
  | 'AGRICULTURE'
  /** Daily-wage or casual labour. */
  | 'DAILY_WAGE'
  /** Government employee (an exclusion filter of some programmes). */
  | 'GOVERNMENT'
  /** Not working and not looking: children, students, homemakers, the elderly. */
  | 'NOT_IN_LABOUR_FORCE'
  /** Salaried private employee. */
  | 'PRIVATE'
  /** Self-employed or own business. */
  | 'SELF_EMPLOYED'
  /** Looking for work. */
  | 'UNEMPLOYED';

/** The comparison of one detail, strongest agreement first. `matchedFields` lists MATCH, VARIANT and YEAR_ONLY. */
export type FieldMatchOutcome =
  /** Date of birth: the same date with day and month exchanged. Not counted as matched. */
  | 'DAY_MONTH_SWAPPED'
  /** Compatible, with a word given only as its initial (M. Ali for Muhammad Ali). Not counted as matched. */
  | 'INITIAL'
  /** Equal as written, ignoring case, spacing, punctuation and diacritics (Urdu: Arabic code points of the same letter too). */
  | 'MATCH'
  /** Differs from the record. */
  | 'MISMATCH'
  /** Not given. */
  | 'NOT_PROVIDED'
  /** Date of birth: one digit differs. Not counted as matched. */
  | 'ONE_DIGIT'
  /** The same name spelled another way: transliteration (Mehmood/Mahmood, Qasim/Kasim), a compound joined or split, a title, caste name, leading Muhammad or patronymic present on one side only. Counts as matched. */
  | 'VARIANT'
  /** Date of birth: the years agree and one of the two dates is 1 January, the stand-in for a year-only date (old NICs). Counts as matched. */
  | 'YEAR_ONLY';

/** A dispute filed for the person at the counter. */
export type FileDisputeInput = {
  /** The person's CNIC (they are present with their card). */
  cnic: Scalars['Cnic']['input'];
  /** What they say is wrong, in their words (1-2,000 characters). */
  details: Scalars['String']['input'];
  /** Retrying with the same key returns the first dispute instead of filing twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What they dispute. */
  kind: DisputeKind;
  /** Their reference, if any: an FIR or court order number, a letter (up to 128 characters). */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** A data-quality concern about a household. */
export type FlagCode =
  /** A member's date of birth differs from the identity record at the CNIC. */
  | 'BIRTH_DATE_MISMATCH'
  /** A member's gender differs from the identity record at the CNIC. */
  | 'GENDER_MISMATCH'
  /** The head of the household has died; the next survey must name a new head. */
  | 'HEAD_DECEASED'
  /** A member's CNIC starts with a digit that is not a published province code. */
  | 'LOCALITY_UNVERIFIED'
  /** A member's name differs from the identity record at the CNIC. */
  | 'NAME_MISMATCH';

/** How much a data-quality flag matters. */
export type FlagSeverity =
  /** Check before relying on the household's data. */
  | 'HIGH'
  /** Informational. */
  | 'LOW'
  /** Check at the next visit. */
  | 'MEDIUM';

/** Gender as recorded by NADRA (also the parity of the CNIC's last digit). */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** Narrows a list of households. All given conditions must hold. */
export type HouseholdFilter = {
  /** District code, e.g. `PK617`. */
  district?: InputMaybe<Scalars['String']['input']>;
  /** Has an open data-quality flag with this code. */
  flag?: InputMaybe<FlagCode>;
  /** Province or territory. */
  province?: InputMaybe<Province>;
  /** Status of the latest survey (NOT_SURVEYED matches none). */
  status?: InputMaybe<SurveyStatus>;
  /** Tehsil, exactly as recorded (case-insensitive). */
  tehsil?: InputMaybe<Scalars['String']['input']>;
};

/** A detail compared by `matchIdentity`. */
export type IdentityField =
  | 'DATE_OF_BIRTH'
  | 'FATHER_NAME'
  | 'NAME';

/** How well supplied details match the identity record at a CNIC, strongest first. An offender check answers REFER_TO_LAW_ENFORCEMENT on CONFLICT (see docs/matching.md). */
export type IdentityMatchGrade =
  /** A detail given clearly contradicts the record at this CNIC (a different name, father's name or date of birth): it may be someone else's. Check the CNIC for a typo. */
  | 'CONFLICT'
  /** The name and at least one of father's name / date of birth were given, and all given match as written (ignoring case, spacing, punctuation and diacritics). */
  | 'EXACT'
  /** No identity record has this CNIC. */
  | 'NOT_FOUND'
  /** The CNIC exists and nothing given contradicts it, but too little agrees to be sure: only the CNIC or only one detail, only initials, or a date of birth that is near but not equal (DAY_MONTH_SWAPPED, ONE_DIGIT). */
  | 'PARTIAL'
  /** The name and at least one other detail were given and every detail given agrees, some only as a spelling variant (Mehmood/Mahmood, Syed dropped, Abdurrehman/Abdul Rehman), an initial (M. Ali) while the other name is spelled out, or a date that agrees with a year-only record. */
  | 'STRONG';

/** How an indicator turns a survey field into points. */
export type IndicatorTransform =
  /** weight × the points listed for the answer (0 for an answer not listed). */
  | 'CATEGORY'
  /** weight × the value (booleans count 1), the value capped at `cap` when given. */
  | 'COUNT'
  /** weight × value ÷ household members, capped at `cap` when given. */
  | 'PER_CAPITA'
  /** weight when the value is at least `threshold` (booleans: true), else 0. */
  | 'THRESHOLD';

/** Lift a legal hold. */
export type LiftLegalHoldInput = {
  /** The hold's global ID. */
  id: Scalars['ID']['input'];
  /** Why (1-1,000 characters); kept. */
  reason: Scalars['String']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** The declared purpose of a lookup of a person; recorded in the audit log. */
export type LookupPurpose =
  /** University admission or scholarship decision, with consent. */
  | 'ADMISSIONS'
  /** A citizen checking by SMS. */
  | 'CITIZEN_SELF_CHECK'
  /** Screening a job applicant or employee, with consent. */
  | 'EMPLOYMENT_SCREENING'
  /** Law-enforcement work on the register. */
  | 'LAW_ENFORCEMENT'
  /** NSER registration at a centre. */
  | 'REGISTRATION'
  /** The person acting on their own record: who checked them, a dispute, their consents. */
  | 'SUBJECT_ACCESS'
  /** Administering a welfare programme. */
  | 'WELFARE_ADMINISTRATION';

/** Marital status of a member. */
export type MaritalStatus =
  /** Divorced or separated. */
  | 'DIVORCED'
  /** Currently married. */
  | 'MARRIED'
  /** Never married. */
  | 'NEVER_MARRIED'
  /** Widowed. */
  | 'WIDOWED';

/** Details to grade against the identity record at a CNIC. */
export type MatchIdentityInput = {
  /** The CNIC to check. */
  cnic: Scalars['Cnic']['input'];
  /** Your reference to the subject's signed consent. Required for EMPLOYMENT_SCREENING and ADMISSIONS. */
  consentRef?: InputMaybe<Scalars['String']['input']>;
  /** Date of birth, `YYYY-MM-DD`. */
  dateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Father's name (husband's for w/o), in Latin or Urdu script. */
  fatherName?: InputMaybe<Scalars['String']['input']>;
  /** Full name, in Latin or Urdu script. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Why you are checking; recorded in the audit log. */
  purpose: LookupPurpose;
};

/** Whether a member is living in the household. */
export type MemberStatus =
  /** Living member of the household. */
  | 'ACTIVE'
  /** Died; kept on the roster as history (see `dateOfDeath`). */
  | 'DECEASED';

/** Language of human-readable messages. */
export type MessageLocale =
  /** English. */
  | 'EN'
  /** Urdu (اردو). */
  | 'UR';

/** Moves a member to another household. */
export type MoveMemberInput = {
  /** The member's global ID. */
  memberId: Scalars['ID']['input'];
  /** Relation to the head of the new household (not HEAD). */
  relationToHead: RelationToHead;
  /** Global ID of the household to move to. */
  toHouseholdId: Scalars['ID']['input'];
  /** The member's version as you read it. */
  version: Scalars['Int']['input'];
};

/** One offender check: the CNIC, optional details to grade the identity, and the declaration. */
export type OffenderCheckInput = {
  /** The CNIC to check. */
  cnic: Scalars['Cnic']['input'];
  /** A consent the person granted you by SMS (`requestConsent`), covering OFFENDER_CHECK for this CNIC and purpose; replaces `consentRef`. Required when your disclosure policy has `requireVerifiedConsent` (NAME_LINE and FULL); a consent that is not GRANTED answers CONSENT_REQUIRED. */
  consentId?: InputMaybe<Scalars['ID']['input']>;
  /** Your reference to the subject's signed consent. Required for EMPLOYMENT_SCREENING and ADMISSIONS. */
  consentRef?: InputMaybe<Scalars['String']['input']>;
  /** Date of birth, `YYYY-MM-DD`. */
  dateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Father's name (husband's for w/o), in Latin or Urdu script. */
  fatherName?: InputMaybe<Scalars['String']['input']>;
  /** Language of `message` (default EN). */
  locale?: InputMaybe<MessageLocale>;
  /** Full name, in Latin or Urdu script. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Why you are checking; recorded in the audit log. */
  purpose: LookupPurpose;
};

/** Why an offender check answered REFER_TO_LAW_ENFORCEMENT. */
export type OffenderCheckReason =
  /** A detail you gave differs from the identity record at the CNIC. */
  | 'DETAILS_DIFFER'
  /** The person disputes the conviction (an open CONVICTION_RECORD dispute, or an identity dispute before the register): until law enforcement resolves it, no check names them. */
  | 'UNDER_DISPUTE';

/** The answer of an offender check. */
export type OffenderCheckResult =
  /** This item of a bulk check was invalid and was not checked; see `errors`. */
  | 'NOT_CHECKED'
  /** No ACTIVE conviction is registered at this CNIC (or no identity record has it). */
  | 'NO_RECORD'
  /** An ACTIVE conviction is registered at this CNIC and none of the details you gave contradict the identity record (grade EXACT, STRONG or PARTIAL: spelling variants, initials and near dates are not contradictions). */
  | 'RECORD_FOUND'
  /** An ACTIVE conviction is registered at this CNIC but a detail you gave contradicts the identity record (grade CONFLICT): do not act on this check alone; refer it to law enforcement. */
  | 'REFER_TO_LAW_ENFORCEMENT';

/** Narrows `offenders`. All given conditions must hold for at least one conviction. */
export type OffenderFilter = {
  /** Conviction registered in this district (code, e.g. `PK617`). */
  district?: InputMaybe<Scalars['String']['input']>;
  /** Conviction registered in this province. */
  province?: InputMaybe<Province>;
  /** Conviction under this section, e.g. `PPC 376`. */
  section?: InputMaybe<Scalars['String']['input']>;
  /** Conviction with this status. */
  status?: InputMaybe<ConvictionStatus>;
};

/** Place a legal hold on a person's record. */
export type PlaceLegalHoldInput = {
  /** The person's CNIC. */
  cnic: Scalars['Cnic']['input'];
  /** District code you act for (in your jurisdiction), e.g. `PK617`. */
  district: Scalars['String']['input'];
  /** When it lapses by itself (in the future); omit for until lifted. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why (1-1,000 characters); kept. */
  reason: Scalars['String']['input'];
};

/** A programme whose eligibility rules are kept as versioned data. */
export type ProgrammeCode =
  /** BISP unconditional cash transfer: ever-married women of households at or under the PMT cut-off, after exclusion filters. */
  | 'BENAZIR_KAFAALAT'
  /** HEC/Ehsaas undergraduate scholarship: household income below a limit (income-based, not PMT). */
  | 'HEC_NEED_BASED_SCHOLARSHIP'
  /** BISP nutrition programme: pregnant or breastfeeding women and children under 2 of Kafaalat households. */
  | 'NASHONUMA'
  /** BISP education stipend: enrolled school-age children of Kafaalat households. */
  | 'TALEEMI_WAZAIF';

/** A province or territory of Pakistan. */
export type Province =
  /** Azad Jammu & Kashmir. */
  | 'AZAD_KASHMIR'
  /** Balochistan. */
  | 'BALOCHISTAN'
  /** Gilgit-Baltistan. */
  | 'GILGIT_BALTISTAN'
  /** Islamabad Capital Territory. */
  | 'ISLAMABAD'
  /** Khyber Pakhtunkhwa (including the former FATA). */
  | 'KHYBER_PAKHTUNKHWA'
  /** Punjab. */
  | 'PUNJAB'
  /** Sindh. */
  | 'SINDH';

/** A new scorecard model, saved as DRAFT after validation. */
export type PublishScorecardModelInput = {
  /** Cut-off, 0-100. */
  cutoff: Scalars['Float']['input'];
  /** Description: say whether the weights are official or illustrative. */
  description: Scalars['String']['input'];
  /** Indicators (1-200). */
  indicators: Array<ScorecardIndicatorInput>;
  /** Points every household starts from. */
  intercept: Scalars['Float']['input'];
  /** Name. */
  name: Scalars['String']['input'];
  /** Region adjustments (at most 50). */
  regionAdjustments?: InputMaybe<Array<RegionAdjustmentInput>>;
  /** Version, unique, e.g. `NSER-2026` (1-32 letters, digits, - . _). */
  version: Scalars['String']['input'];
};

/** Records a member's death. */
export type RecordDeathInput = {
  /** Date of death (not in the future, not before birth). */
  dateOfDeath: Scalars['LocalDate']['input'];
  /** The member's global ID. */
  memberId: Scalars['ID']['input'];
  /** The member's version as you read it. */
  version: Scalars['Int']['input'];
};

/** Points added for a province and/or area. */
export type RegionAdjustmentInput = {
  /** Urban or rural; omitted means both. */
  area?: InputMaybe<Area>;
  /** Points added. */
  points: Scalars['Float']['input'];
  /** Province; omitted means every province. */
  province?: InputMaybe<Province>;
};

/** A new conviction for the register. */
export type RegisterConvictionInput = {
  /** Case or FIR number. */
  caseNumber: Scalars['String']['input'];
  /** The offender's CNIC; an identity record must exist for it. */
  cnic: Scalars['Cnic']['input'];
  /** Date of conviction; not in the future. */
  convictionDate: Scalars['LocalDate']['input'];
  /** The convicting court. */
  court: Scalars['String']['input'];
  /** District code the registering agency acts for (must be in your jurisdiction), e.g. `PK617`. */
  district: Scalars['String']['input'];
  /** End of the registration period; omit for life. */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Retrying with the same key returns the first result instead of registering twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Last known address. */
  lastKnownAddress?: InputMaybe<Scalars['String']['input']>;
  /** Date of registration (default today); not in the future. */
  registeredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The registering agency; defaults to your client or agency name. */
  registeringAgency?: InputMaybe<Scalars['String']['input']>;
  /** Registrable statute sections (at most 20), e.g. `PPC 376`, `PECA 22` (PPC 354/354A are not registrable). */
  sections: Array<Scalars['String']['input']>;
  /** The sentence, as pronounced. */
  sentence: Scalars['String']['input'];
};

/** What a registration at a centre will do, decided by screening the CNIC. */
export type RegistrationKind =
  /** The person is in no surveyed household: a new household survey. */
  | 'NEW_SURVEY'
  /** The person's household is surveyed: update its roster and indicators (a new survey version). */
  | 'ROSTER_UPDATE';

/** A step of a registration's timeline. */
export type RegistrationStatus =
  /** The CNIC was screened at the centre and a tracking ID issued. */
  | 'RECEIVED'
  /** The registration was rejected; the event carries the reason. */
  | 'REJECTED'
  /** The survey was scored by the poverty scorecard. */
  | 'SCORED'
  /** The household survey was submitted. */
  | 'SURVEYED'
  /** A survey (new or roster update) is due. */
  | 'SURVEY_SCHEDULED'
  /** The survey passed validation (identity checks may still have raised data-quality flags). */
  | 'VALIDATED';

/** Lift a client's suspension. */
export type ReinstateClientInput = {
  /** The API client id (see `securityAlerts`). */
  clientId: Scalars['ID']['input'];
  /** Why it is safe to reinstate; kept in the audit log. */
  reason: Scalars['String']['input'];
};

/** Rejects an open registration, with the reason. */
export type RejectRegistrationInput = {
  /** Why (1-500 characters); shown in the timeline. Name no one. */
  reason: Scalars['String']['input'];
  /** The registration's tracking ID. */
  trackingId: Scalars['String']['input'];
  /** The registration's version as you read it. */
  version: Scalars['Int']['input'];
};

/** The relation written on the identity card: s/o, d/o or w/o (ولد، بنت، زوجہ). */
export type Relation =
  /** d/o (بنت): the relative is the father. */
  | 'DAUGHTER_OF'
  /** s/o (ولد): the relative is the father. */
  | 'SON_OF'
  /** w/o (زوجہ): the relative is the husband. */
  | 'WIFE_OF';

/** How a member is related to the head of the household. */
export type RelationToHead =
  /** Son- or daughter-in-law of the head. */
  | 'CHILD_IN_LAW'
  /** Daughter of the head. */
  | 'DAUGHTER'
  /** Grandchild of the head. */
  | 'GRANDCHILD'
  /** The head of the household (exactly one per household). */
  | 'HEAD'
  /** Lives in the household, not related. */
  | 'NON_RELATIVE'
  /** Another relative. */
  | 'OTHER_RELATIVE'
  /** Mother or father of the head. */
  | 'PARENT'
  /** Brother or sister of the head. */
  | 'SIBLING'
  /** Son of the head. */
  | 'SON'
  /** Wife or husband of the head. */
  | 'SPOUSE';

/** Ask a person for consent: they get an SMS naming you and the purpose, with a one-time code. */
export type RequestConsentInput = {
  /** The person's CNIC; a mobile number must be registered to it. */
  cnic: Scalars['Cnic']['input'];
  /** When the consent ends if granted: in the future, at most 12 months ahead. */
  expiresAt: Scalars['DateTime']['input'];
  /** Retrying with the same key returns the first request instead of texting the person again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why (EMPLOYMENT_SCREENING for employers, ADMISSIONS for universities). */
  purpose: LookupPurpose;
  /** What you ask to do: checks, continuous monitoring, or both. */
  scope: Array<ConsentScope>;
};

/** Progress of a background re-score. */
export type RescoreJobStatus =
  /** Every household has been re-scored under the model. */
  | 'FINISHED'
  /** Households are being re-scored, in chunks. */
  | 'RUNNING';

/** The reviewing body's decision on a dispute. */
export type ResolveDisputeInput = {
  /** The dispute's global ID. */
  id: Scalars['ID']['input'];
  /** UPHELD (record the correction first; it is linked) or REJECTED. */
  outcome: DisputeOutcome;
  /** Why, for the person and the history (1-2,000 characters). */
  reason: Scalars['String']['input'];
  /** The version you read; a newer one on the server gives STALE_VERSION. */
  version: Scalars['Int']['input'];
};

/** The role of an API client or agency user; it decides which operations and fields it may use. */
export type Role =
  /** Administers clients, keys and scorecard models. */
  | 'ADMIN'
  /** Reads the audit log. */
  | 'AUDITOR'
  /** University admissions checking need-based scholarship eligibility. */
  | 'EDUCATION'
  /** HR or employer system screening hires, with the subject's consent. */
  | 'EMPLOYER'
  /** Law-enforcement agency or provincial government keeping the register current. */
  | 'LAW_ENFORCEMENT'
  /** NSER dynamic registration centre. */
  | 'REGISTRATION_CENTRE'
  /** The SMS gateway serving short codes 7000 and 8171. */
  | 'SMS_GATEWAY'
  /** Provincial welfare dashboard: aggregates, masked members. */
  | 'WELFARE_ANALYST'
  /** Welfare officer: households and members in jurisdiction, unmasked. */
  | 'WELFARE_OFFICER';

/** Main material of the dwelling's roof. */
export type RoofMaterial =
  /** Reinforced concrete (RCC/RBC). */
  | 'CONCRETE'
  /** Iron or cement sheets. */
  | 'IRON_SHEET'
  /** Other material. */
  | 'OTHER'
  /** Thatch, straw or mud. */
  | 'THATCH'
  /** Wood or bamboo. */
  | 'WOOD_BAMBOO';

/** A range of poverty scores (0 poorest, 100 richest). Scores of different models are not comparable. */
export type ScoreBand =
  /** Score 0 to 16.17 (the 2011 cut-off). */
  | 'BAND_0_16'
  /** Score above 16.17 up to 32 (the 2021 cut-off). */
  | 'BAND_16_32'
  /** Score above 32 up to 50. */
  | 'BAND_32_50'
  /** Score above 50. */
  | 'BAND_50_100';

/** One indicator of a model. */
export type ScorecardIndicatorInput = {
  /** COUNT and PER_CAPITA: cap on the value. */
  cap?: InputMaybe<Scalars['Float']['input']>;
  /** CATEGORY: points per answer (at most 50). */
  categories?: InputMaybe<Array<CategoryPointsInput>>;
  /** A survey field (see SurveyIndicators) or a roster-derived field (docs/scorecard.md). */
  field: Scalars['String']['input'];
  /** Unique key within the model (letters, digits, _). */
  key: Scalars['String']['input'];
  /** What it measures. */
  label: Scalars['String']['input'];
  /** THRESHOLD: the value at which the weight applies (default 1). */
  threshold?: InputMaybe<Scalars['Float']['input']>;
  /** How the field becomes points. */
  transform: IndicatorTransform;
  /** Weight; finite. */
  weight: Scalars['Float']['input'];
};

/** Where a scorecard model is in its life. */
export type ScorecardModelStatus =
  /** Scores every new survey; exactly one model is active. */
  | 'ACTIVE'
  /** Published and validated, not yet used for scoring. */
  | 'DRAFT'
  /** Was active; its scores are kept as history. */
  | 'RETIRED';

/** Narrows security alerts. */
export type SecurityAlertFilter = {
  /** Only this client. */
  clientId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this kind. */
  kind?: InputMaybe<SecurityAlertKind>;
  /** true: only unresolved; false: only resolved. */
  open?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What a detector saw. */
export type SecurityAlertKind =
  /** The client hit its daily cap on distinct people looked up (lookups refused until midnight PKT). */
  | 'DAILY_DISTINCT_CAP'
  /** Too many different sets of details tried for one person: new ones are refused for that person (not a suspension). */
  | 'DETAIL_GUESSES'
  /** Too many lookups found nobody: guessing CNICs. Client suspended. */
  | 'NOT_FOUND_SHARE'
  /** A burst of lookups between 00:00 and 05:00 Pakistan time. Client suspended. */
  | 'ODD_HOUR_BURST'
  /** Lookups walk consecutive CNICs. Client suspended. */
  | 'SEQUENTIAL_CNICS'
  /** Too many distinct CNICs that found nobody within the last hour, 24 hours or 7 days (sliding windows). Client suspended. */
  | 'UNKNOWN_CNICS';

/** Screens a CNIC at a centre and opens a registration. */
export type StartRegistrationInput = {
  /** District code of the centre, e.g. `PK617`; within your jurisdiction. */
  centreDistrict: Scalars['String']['input'];
  /** The applicant's CNIC; it must be in the identity record. */
  cnic: Scalars['Cnic']['input'];
  /** Retry key (1-128 characters): the same key from you returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** A subject access request, made by the person at a registration centre with their card. */
export type SubjectAccessInput = {
  /** The person's CNIC. */
  cnic: Scalars['Cnic']['input'];
  /** SUBJECT_ACCESS. */
  purpose: LookupPurpose;
  /** Your reference for the request (a token or form number), kept in the audit row (1-128 characters). */
  requestRef: Scalars['String']['input'];
};

/** What an access to a person's records was. */
export type SubjectAccessKind =
  /** A record was changed (a conviction, a household member). */
  | 'CHANGE'
  /** A check: offender register, eligibility, identity match, survey status. */
  | 'CHECK'
  /** A consent was asked for, answered or withdrawn. */
  | 'CONSENT'
  /** A dispute was filed, followed or resolved. */
  | 'DISPUTE'
  /** Anything else audited with the person as subject. */
  | 'OTHER'
  /** A read of a record: identity, offender record, household, registration, dispute. */
  | 'READ'
  /** A registration or survey at a centre. */
  | 'REGISTRATION'
  /** A subject access report like this one. */
  | 'SUBJECT_ACCESS'
  /** A watch was set or ended on the person. */
  | 'WATCH';

/** The whole household survey for a registration: where, the indicators, every member. */
export type SubmitSurveyInput = {
  /** Urban or rural. */
  area: Area;
  /** District code where the household lives; within your jurisdiction. */
  district: Scalars['String']['input'];
  /** Retry key (1-128 characters): the same key from you returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Housing, asset, land, livestock and income indicators. */
  indicators: SurveyIndicatorsInput;
  /** Every member (1-50). A roster update must list every living member already on the roster. */
  members: Array<SurveyMemberInput>;
  /** Tehsil (free text, up to 100 characters). */
  tehsil?: InputMaybe<Scalars['String']['input']>;
  /** The registration's tracking ID. */
  trackingId: Scalars['String']['input'];
};

/** Housing, asset, land, livestock and income indicators, all required. */
export type SurveyIndicatorsInput = {
  /** Agricultural land owned, in acres (0-100000). */
  agriculturalLandAcres: Scalars['Float']['input'];
  /** Air conditioners owned (0-20). */
  airConditioners: Scalars['Int']['input'];
  /** Buffaloes owned (0-10000). */
  buffaloes: Scalars['Int']['input'];
  /** Cars, jeeps or vans owned (0-20). */
  cars: Scalars['Int']['input'];
  /** Cows and bullocks owned (0-10000). */
  cattle: Scalars['Int']['input'];
  /** Main cooking fuel. */
  cookingFuel: CookingFuel;
  /** Refrigerators or freezers owned (0-20). */
  fridges: Scalars['Int']['input'];
  /** Goats and sheep owned (0-10000). */
  goatsAndSheep: Scalars['Int']['input'];
  /** The dwelling has an electricity connection. */
  hasElectricity: Scalars['Boolean']['input'];
  /** A member or a member's spouse has travelled abroad (an exclusion filter). */
  memberTravelledAbroad: Scalars['Boolean']['input'];
  /** Household income per month, in rupees, as declared. */
  monthlyIncomeRs: Scalars['Int']['input'];
  /** Household phone bills per month, in rupees (an exclusion filter above Rs 1,000). */
  monthlyPhoneBillRs: Scalars['Int']['input'];
  /** Motorcycles or scooters owned (0-20). */
  motorcycles: Scalars['Int']['input'];
  /** Main material of the roof. */
  roofMaterial: RoofMaterial;
  /** Rooms in the dwelling (1-50). */
  rooms: Scalars['Int']['input'];
  /** Televisions owned (0-20). */
  televisions: Scalars['Int']['input'];
  /** Toilet facility. */
  toilet: Toilet;
  /** Tractors owned (0-20). */
  tractors: Scalars['Int']['input'];
  /** Main material of the outer walls. */
  wallMaterial: WallMaterial;
  /** Washing machines owned (0-20). */
  washingMachines: Scalars['Int']['input'];
  /** Main source of drinking water. */
  waterSource: WaterSource;
};

/** One member of the household as surveyed. */
export type SurveyMemberInput = {
  /** B-form number, for members under 18 who have one. */
  bFormNumber?: InputMaybe<Scalars['Cnic']['input']>;
  /** CNIC; required from age 18, checked against the identity record. */
  cnic?: InputMaybe<Scalars['Cnic']['input']>;
  /** Date of birth. */
  dateOfBirth: Scalars['LocalDate']['input'];
  /** Has a disability. */
  disability: Scalars['Boolean']['input'];
  /** Highest education completed. */
  educationLevel: EducationLevel;
  /** Main activity; NOT_IN_LABOUR_FORCE under age 10. */
  employment: Employment;
  /** Currently enrolled in school, college or university (ages 3-30). */
  enrolledInSchool: Scalars['Boolean']['input'];
  /** Gender. */
  gender: Gender;
  /** Marital status. */
  maritalStatus: MaritalStatus;
  /** Name (Latin or Urdu script). */
  name: Scalars['String']['input'];
  /** Relation to the head; exactly one member is HEAD. */
  relationToHead: RelationToHead;
};

/** Where a person's household stands in the registry. */
export type SurveyStatus =
  /** Registered; the latest survey was scored eligible. */
  | 'ELIGIBLE'
  /** Registered; the latest survey was scored not eligible. */
  | 'NOT_ELIGIBLE'
  /** Not in a surveyed household: visit a registration centre ("Aap ka survey mukammal nahi"). */
  | 'NOT_SURVEYED'
  /** Registered; the latest survey is not yet scored, so eligibility is pending verification. */
  | 'PENDING_VERIFICATION';

/** Toilet facility of the household. */
export type Toilet =
  /** Flush toilet for this household only. */
  | 'FLUSH_PRIVATE'
  /** Flush toilet shared with other households. */
  | 'FLUSH_SHARED'
  /** No toilet (open field). */
  | 'NONE'
  /** Pit latrine. */
  | 'PIT';

/** Corrects a member's survey answers. Omitted fields keep their value. */
export type UpdateMemberInput = {
  /** New disability answer. */
  disability?: InputMaybe<Scalars['Boolean']['input']>;
  /** New education level. */
  educationLevel?: InputMaybe<EducationLevel>;
  /** New main activity. */
  employment?: InputMaybe<Employment>;
  /** New school enrolment. */
  enrolledInSchool?: InputMaybe<Scalars['Boolean']['input']>;
  /** New marital status. */
  maritalStatus?: InputMaybe<MaritalStatus>;
  /** The member's global ID. */
  memberId: Scalars['ID']['input'];
  /** The member's version as you read it. */
  version: Scalars['Int']['input'];
};

/** Why a mutation could not do what was asked. */
export type UserErrorCode =
  /** The change conflicts with the current state of another record. */
  | 'CONFLICT'
  /** The check needs a consent the person granted by SMS (`requestConsent`), and none in force was cited. */
  | 'CONSENT_REQUIRED'
  /** Your role or jurisdiction does not allow this change. */
  | 'FORBIDDEN'
  /** This `idempotencyKey` was used before with a different request: use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** An input value is invalid; `field` says which. */
  | 'INVALID'
  /** A referenced record does not exist (or is outside your jurisdiction). */
  | 'NOT_FOUND'
  /** Too many such requests for this person or from your client: retry later. */
  | 'RATE_LIMITED'
  /** The record changed since you read it: refetch and retry with its new version. */
  | 'STALE_VERSION';

/** Main material of the dwelling's outer walls. */
export type WallMaterial =
  /** Baked brick or block. */
  | 'BAKED_BRICK'
  /** Concrete. */
  | 'CONCRETE'
  /** Mud. */
  | 'MUD'
  /** Other material. */
  | 'OTHER'
  /** Unbaked (sun-dried) brick. */
  | 'UNBAKED_BRICK'
  /** Wood or bamboo. */
  | 'WOOD_BAMBOO';

/** Whether a watch still notifies. */
export type WatchState =
  /** Notifies on status changes until `expiresAt`. */
  | 'ACTIVE'
  /** Cancelled by the client. */
  | 'CANCELLED'
  /** Ended when the person withdrew the consent it rested on (`consentId`). */
  | 'CONSENT_WITHDRAWN'
  /** Past `expiresAt`. */
  | 'EXPIRED';

/** Main source of drinking water. */
export type WaterSource =
  /** Hand pump. */
  | 'HAND_PUMP'
  /** Motor pump or tube well. */
  | 'MOTOR_PUMP'
  /** Other source. */
  | 'OTHER'
  /** Piped water. */
  | 'PIPED'
  /** River, canal, pond or spring. */
  | 'SURFACE'
  /** Tanker or bought water. */
  | 'TANKER'
  /** Dug well. */
  | 'WELL';

export type ScreenPayrollQueryVariables = Exact<{
  inputs: Array<OffenderCheckInput> | OffenderCheckInput;
}>;


export type ScreenPayrollQuery = { __typename?: 'Query', verifyOffenders: Array<{ __typename?: 'OffenderCheck', checkId: string, cnicMasked: string, result: OffenderCheckResult, grade: IdentityMatchGrade, message: string, checkedAt: string, errors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> }> };


export const ScreenPayrollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreenPayroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OffenderCheckInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyOffenders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inputs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkId"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ScreenPayrollQuery, ScreenPayrollQueryVariables>;