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

/** Result of `activateScorecardModel`. */
export type ActivateScorecardModelPayload = {
  __typename?: 'ActivateScorecardModelPayload';
  /** The background re-score it started; poll `rescoreJob(id)`. */
  job?: Maybe<RescoreJob>;
  /** The model, now ACTIVE; null when there are userErrors. */
  model?: Maybe<ScorecardModel>;
  /** Why nothing was done; empty on success. */
  userErrors: Array<UserError>;
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

/** Result of `amendConviction`. */
export type AmendConvictionPayload = {
  __typename?: 'AmendConvictionPayload';
  /** The conviction as amended; null when `userErrors` is not empty. */
  conviction?: Maybe<Conviction>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<UserError>;
};

/** Whether the dwelling is in an urban or a rural area (scorecards adjust by it). */
export type Area =
  /** Rural area. */
  | 'RURAL'
  /** Urban area. */
  | 'URBAN';

/** One audited act: a lookup of a person or a change. */
export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  /** What was done, e.g. `identity.read`. */
  action: Scalars['String']['output'];
  /** The API key prefix or the JWT subject. */
  actorId: Scalars['String']['output'];
  /** `API_KEY` or `JWT`. */
  actorKind: Scalars['String']['output'];
  /** The API client, if the actor used an API key. */
  clientId?: Maybe<Scalars['ID']['output']>;
  /** The client or agency name. */
  clientName: Scalars['String']['output'];
  /** The consent reference the caller cited. */
  consentRef?: Maybe<Scalars['String']['output']>;
  /** Action-specific detail (never a CNIC or name). */
  detail?: Maybe<Scalars['JSONObject']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** How it ended: SUCCESS, NOT_FOUND, OUT_OF_JURISDICTION, REFUSED or INVALID. */
  outcome: Scalars['String']['output'];
  /** The declared purpose. */
  purpose?: Maybe<LookupPurpose>;
  /** The request that did it (also in the response's `extensions.requestId`). */
  requestId: Scalars['String']['output'];
  /** The actor's role at the time. */
  role: Role;
  /** HMAC-SHA256 of the subject's CNIC. Filter by CNIC with `filter.subjectCnic` instead of computing it. */
  subjectHash?: Maybe<Scalars['String']['output']>;
};

/** A page of audit events, newest first. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The page of edges. */
  edges: Array<AuditEventEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. Counted only when selected: a count over every matching item in your jurisdiction (a province holds millions), so leave it out when walking pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a AuditEvent connection. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque cursor for `after` / `before`. */
  cursor: Scalars['String']['output'];
  /** The AuditEvent. */
  node: AuditEvent;
};

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

/** Result of `cancelWatch`. */
export type CancelWatchPayload = {
  __typename?: 'CancelWatchPayload';
  /** Why nothing changed; empty on success. */
  userErrors: Array<UserError>;
  /** The cancelled watch; null when `userErrors` is not empty. */
  watch?: Maybe<Watch>;
};

/** Points for one answer of a category indicator. */
export type CategoryPoints = {
  __typename?: 'CategoryPoints';
  /** The answer, e.g. `BAKED_BRICK`. */
  answer: Scalars['String']['output'];
  /** Points for it (multiplied by the weight). */
  points: Scalars['Float']['output'];
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

/** Result of `changeConvictionStatus`. */
export type ChangeConvictionStatusPayload = {
  __typename?: 'ChangeConvictionStatusPayload';
  /** The conviction with its new status; null when `userErrors` is not empty. */
  conviction?: Maybe<Conviction>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<UserError>;
};

/** An identity record (mirror of NADRA). Visible to WELFARE_OFFICER, REGISTRATION_CENTRE and LAW_ENFORCEMENT within their jurisdiction. */
export type Citizen = Node & {
  __typename?: 'Citizen';
  /** The CNIC, 13 digits. */
  cnic: Scalars['Cnic']['output'];
  /** Date of birth. */
  dateOfBirth: Scalars['LocalDate']['output'];
  /** District of residence on record. */
  district: District;
  /** Gender. */
  gender: Gender;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** False when the CNIC's first digit is not a published province code (e.g. 8, often reported for AJK). */
  localityVerified: Scalars['Boolean']['output'];
  /** The holder's name. */
  name: NameInScripts;
  /** Province of registration per the CNIC's first digit; null when that digit is not a published code. */
  registrationProvince?: Maybe<Province>;
  /** How `relativeName` relates to the holder (s/o, d/o, w/o). */
  relation: Relation;
  /** Father's name (s/o, d/o) or husband's name (w/o). */
  relativeName: NameInScripts;
};

/** A consent you asked a person for by SMS (`requestConsent`), answered by the person from a number registered to their CNIC. Cite it as `consentId` while it is GRANTED. */
export type Consent = Node & {
  __typename?: 'Consent';
  /** The person's CNIC, masked. */
  cnicMasked: Scalars['String']['output'];
  /** Until when the person may answer the code. */
  codeExpiresAt: Scalars['DateTime']['output'];
  /** When it ends, once granted. */
  expiresAt: Scalars['DateTime']['output'];
  /** When the person answered YES; null otherwise. */
  grantedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The purpose it was asked for; checks citing it must declare the same. */
  purpose: LookupPurpose;
  /** When the person answered NO; null otherwise. */
  refusedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When you asked. */
  requestedAt: Scalars['DateTime']['output'];
  /** What it covers. */
  scope: Array<ConsentScope>;
  /** Where it stands now (EXPIRED is read off the clock). */
  status: ConsentStatus;
  /** When the person withdrew it; null otherwise. */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of your consent requests, newest first. */
export type ConsentConnection = {
  __typename?: 'ConsentConnection';
  /** The page of edges. */
  edges: Array<ConsentEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. Counted only when selected: a count over every matching item in your jurisdiction (a province holds millions), so leave it out when walking pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a Consent connection. */
export type ConsentEdge = {
  __typename?: 'ConsentEdge';
  /** Opaque cursor for `after` / `before`. */
  cursor: Scalars['String']['output'];
  /** The Consent. */
  node: Consent;
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

/** A conviction on the register (LAW_ENFORCEMENT, within its jurisdiction). Never deleted: see `history`. */
export type Conviction = Node & {
  __typename?: 'Conviction';
  /** Case or FIR number. */
  caseNumber: Scalars['String']['output'];
  /** Date of conviction. */
  convictionDate: Scalars['LocalDate']['output'];
  /** The convicting court. */
  court: Scalars['String']['output'];
  /** When it was registered in this system. */
  createdAt: Scalars['DateTime']['output'];
  /** The district the registering agency acts for (the jurisdiction of the record). */
  district: District;
  /** End of the registration period; null when for life or not yet set. */
  endsOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Every change, oldest first: registration, amendments, status changes. */
  history: Array<ConvictionEvent>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Last known address; null when the agency has none. */
  lastKnownAddress?: Maybe<Scalars['String']['output']>;
  /** Date of registration. */
  registeredOn: Scalars['LocalDate']['output'];
  /** The agency that registered it. */
  registeringAgency: Scalars['String']['output'];
  /** Statute sections, e.g. `PPC 376`, `PECA 22`. */
  sections: Array<Scalars['String']['output']>;
  /** The sentence, as pronounced. */
  sentence: Scalars['String']['output'];
  /** Current status. Only ACTIVE convictions answer a check. */
  status: ConvictionStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version: pass it back to `amendConviction` / `changeConvictionStatus`. */
  version: Scalars['Int']['output'];
};

/** One entry of a conviction's history: who changed what, when and why. */
export type ConvictionEvent = {
  __typename?: 'ConvictionEvent';
  /** Who: the API key prefix or the officer's JWT subject. */
  actorId: Scalars['String']['output'];
  /** The client or agency the actor acted for. */
  actorName: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The fields an amendment changed (empty otherwise). */
  changedFields: Array<Scalars['String']['output']>;
  /** Status before the change; null for the registration. */
  fromStatus?: Maybe<ConvictionStatus>;
  /** What kind of change. */
  kind: ConvictionEventKind;
  /** Why, as the officer recorded it. */
  reason: Scalars['String']['output'];
  /** Status after the change. */
  toStatus: ConvictionStatus;
  /** The conviction's version after this change. */
  version: Scalars['Int']['output'];
};

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

/** Result of `createWatch`. */
export type CreateWatchPayload = {
  __typename?: 'CreateWatchPayload';
  /** The HMAC-SHA256 key that signs this watch's webhooks. Shown on creation only (and on an idempotent retry); null when `userErrors` is not empty. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Why no watch was created; empty on success. */
  userErrors: Array<UserError>;
  /** The watch; null when `userErrors` is not empty. */
  watch?: Maybe<Watch>;
};

/** Aggregates of an area from rollups kept in the same transaction as every write (cost does not grow with households). Small counts are suppressed consistently in every view (docs/dashboards.md). */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** The area. */
  area: DashboardArea;
  /** Provinces of the nation, districts of a province or a jurisdiction, tehsils of a district; [] for a tehsil. */
  children: Array<Dashboard>;
  /** Eligible households per programme, one per ProgrammeCode. */
  eligibleByProgramme: Array<ProgrammeCount>;
  /** Households with at least one open data-quality flag, per FlagCode. */
  flagsByCode: Array<FlagCodeCount>;
  /** Households. */
  households: DashboardCount;
  /** Mean current poverty score of scored households (2 decimals); null when scoredHouseholds is suppressed. */
  meanScore?: Maybe<Scalars['Float']['output']>;
  /** Median current poverty score of scored households (exact); null when scoredHouseholds is suppressed. */
  medianScore?: Maybe<Scalars['Float']['output']>;
  /** Active (living) members of those households. */
  members: DashboardCount;
  /** Registrations and surveys per month, ascending, the last 24 months up to the current one (Pakistan time). */
  monthly: Array<MonthlyActivity>;
  /** Registrations by current status, one entry per RegistrationStatus in enum order. A registration counts where its household is (where its centre is until it has one). */
  registrationsByStatus: Array<RegistrationStatusCount>;
  /** Scored households per score band, one per ScoreBand, ascending. */
  scoreBands: Array<ScoreBandCount>;
  /** Households with a current poverty score. */
  scoredHouseholds: DashboardCount;
  /** Households with a survey. */
  surveyedHouseholds: DashboardCount;
  /** surveyedHouseholds / households, 0-1 (4 decimals); null when either is suppressed. */
  surveyedShare?: Maybe<Scalars['Float']['output']>;
};

/** Where a dashboard's figures come from. */
export type DashboardArea = {
  __typename?: 'DashboardArea';
  /** The district; null above DISTRICT. */
  district?: Maybe<District>;
  /** The kind of area. */
  level: DashboardLevel;
  /** A display name: "Pakistan", the province's name, the district's Latin name, the tehsil, or the districts of a jurisdiction. */
  name: Scalars['String']['output'];
  /** The province; null at NATIONAL and JURISDICTION. */
  province?: Maybe<Province>;
  /** The tehsil, at TEHSIL only; `UNSPECIFIED` for households that record none. */
  tehsil?: Maybe<Scalars['String']['output']>;
};

/** A count of households or people; null with `suppressed` true when it is below 5 (or could reveal such a count by subtraction). */
export type DashboardCount = {
  __typename?: 'DashboardCount';
  /** True when the count is withheld (see docs/dashboards.md for the rules). */
  suppressed: Scalars['Boolean']['output'];
  /** The count; null when suppressed. */
  value?: Maybe<Scalars['Int']['output']>;
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

/** A data-quality concern raised about a household. */
export type DataQualityFlag = Node & {
  __typename?: 'DataQualityFlag';
  /** What the concern is. */
  code: FlagCode;
  /** When it was raised. */
  createdAt: Scalars['DateTime']['output'];
  /** Which member (by roster position) and detail; never a CNIC or a name. */
  detail: Scalars['String']['output'];
  /** The household the flag is about. */
  household: Household;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** How much it matters. */
  severity: FlagSeverity;
};

/** A page of open data-quality flags, newest first. */
export type DataQualityFlagConnection = {
  __typename?: 'DataQualityFlagConnection';
  /** The page of edges. */
  edges: Array<DataQualityFlagEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. Counted only when selected: a count over every matching item in your jurisdiction (a province holds millions), so leave it out when walking pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a DataQualityFlag connection. */
export type DataQualityFlagEdge = {
  __typename?: 'DataQualityFlagEdge';
  /** Opaque cursor for `after` / `before`. */
  cursor: Scalars['String']['output'];
  /** The DataQualityFlag. */
  node: DataQualityFlag;
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

/** A person's dispute of a record, with its tracking ID and history. The reviewing body sees it within its jurisdiction; a registration centre follows it by tracking ID for the person. */
export type Dispute = Node & {
  __typename?: 'Dispute';
  /** The changes an upheld dispute caused, oldest first; empty otherwise. */
  changes: Array<DisputeChange>;
  /** The person's CNIC, for the reviewing body (LAW_ENFORCEMENT, WELFARE_OFFICER). */
  cnic?: Maybe<Scalars['Cnic']['output']>;
  /** The person's CNIC, masked. */
  cnicMasked: Scalars['String']['output'];
  /** What the person says, as filed. */
  details: Scalars['String']['output'];
  /** When it was filed. */
  filedAt: Scalars['DateTime']['output'];
  /** How it was filed. */
  filedVia: DisputeChannel;
  /** Every step, oldest first. Kept for good. */
  history: Array<DisputeEvent>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** What is disputed. */
  kind: DisputeKind;
  /** The person's reference (an FIR or court order number, a letter), if any. */
  reference?: Maybe<Scalars['String']['output']>;
  /** When it was resolved; null while OPEN. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: DisputeStatus;
  /** Tracking ID, `XXXX-XXXX-XX` as registrations: the person sends it to 8171 for the status. */
  trackingId: Scalars['String']['output'];
  /** The tracking slip as a compact JWS (EdDSA), signed over the tracking ID, kind, filing time and masked CNIC: verify it with /.well-known/jwks.json. Signed when selected. */
  trackingSlip: Scalars['String']['output'];
  /** The tracking slip as a QR code (an SVG document) to print; the receipt verifier reads it back. */
  trackingSlipQr: Scalars['String']['output'];
  /** Optimistic-locking version: pass it to `resolveDispute`. */
  version: Scalars['Int']['output'];
};

/** A change an upheld dispute caused, as the audit log recorded it. */
export type DisputeChange = {
  __typename?: 'DisputeChange';
  /** What changed: `conviction.status`, `conviction.amend`, `survey.submit` (with its re-score), `member.update`, `member.move` or `member.death`. */
  action: Scalars['String']['output'];
  /** The audit event of the change: an AUDITOR can fetch it with `node(id:)`. */
  auditEventId: Scalars['ID']['output'];
  /** When the change was made. */
  occurredAt: Scalars['DateTime']['output'];
};

/** How a dispute was filed. */
export type DisputeChannel =
  /** At a registration centre, through the API. */
  | 'API'
  /** By the person, by SMS from a number registered to them. */
  | 'SMS';

/** A page of disputes, newest first. */
export type DisputeConnection = {
  __typename?: 'DisputeConnection';
  /** The page of edges. */
  edges: Array<DisputeEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. Counted only when selected: a count over every matching item in your jurisdiction (a province holds millions), so leave it out when walking pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a Dispute connection. */
export type DisputeEdge = {
  __typename?: 'DisputeEdge';
  /** Opaque cursor for `after` / `before`. */
  cursor: Scalars['String']['output'];
  /** The Dispute. */
  node: Dispute;
};

/** One step of a dispute's history: filed, then upheld or rejected, by whom and why. */
export type DisputeEvent = {
  __typename?: 'DisputeEvent';
  /** The client or agency that acted. */
  actorName: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The reviewer's reason (resolutions); null for the filing. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The status reached. */
  status: DisputeStatus;
  /** The dispute's version after this step. */
  version: Scalars['Int']['output'];
};

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

/** A district of the reference table. */
export type District = {
  __typename?: 'District';
  /** District code from the reference dataset, e.g. `PK601`. */
  code: Scalars['String']['output'];
  /** District name. */
  name: NameInScripts;
  /** The province or territory it belongs to. */
  province: Province;
};

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

/** The answer to an eligibility check: the decision and why, never the household behind it. */
export type Eligibility = {
  __typename?: 'Eligibility';
  /** Band of the household's current poverty score; null when not scored, and for EDUCATION. */
  band?: Maybe<ScoreBand>;
  /** The ID of this check's audit event: quote it; an AUDITOR can fetch it with `node(id:)`. */
  checkId: Scalars['ID']['output'];
  /** True when every condition of the programme's rule holds (then `reasons` is empty). */
  eligible: Scalars['Boolean']['output'];
  /** The model the score is under, e.g. `NSER-2021`. Welfare roles only, and null outside your jurisdiction. */
  modelVersion?: Maybe<Scalars['String']['output']>;
  /** The programme checked. */
  programme: ProgrammeCode;
  /** Why not (or not yet); empty when eligible, and always empty for EDUCATION (the decision only). */
  reasons: Array<EligibilityReason>;
  /** A compact JWS (EdDSA) the API signs over this check: check ID, time, client, purpose, consent, the CNIC's keyed hash and the decision (programme, eligible, rule version; nothing about the household). Verify it offline with /.well-known/jwks.json. Signed when selected. */
  receipt: Scalars['String']['output'];
  /** The receipt as a QR code (an SVG document) to print; the receipt verifier reads it back. */
  receiptQr: Scalars['String']['output'];
  /** Version of the programme's rule applied. */
  ruleVersion: Scalars['Int']['output'];
  /** The raw poverty score (0-100). Welfare roles only (others get the band), and null for households outside your jurisdiction. */
  score?: Maybe<Scalars['Float']['output']>;
  /** Date of the household's latest survey; null when not surveyed, and for EDUCATION. */
  surveyDate?: Maybe<Scalars['LocalDate']['output']>;
};

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

/** The comparison of one supplied detail. */
export type FieldMatch = {
  __typename?: 'FieldMatch';
  /** Which detail. */
  field: IdentityField;
  /** How it compares with the record: MATCH, a spelling VARIANT, an INITIAL, a near date, or MISMATCH. */
  outcome: FieldMatchOutcome;
};

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

/** Result of `fileDispute`. */
export type FileDisputePayload = {
  __typename?: 'FileDisputePayload';
  /** The dispute, OPEN, with its tracking ID; null when `userErrors` is not empty. */
  dispute?: Maybe<Dispute>;
  /** Why nothing was filed; empty on success. */
  userErrors: Array<UserError>;
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

/** Households with at least one open data-quality flag of a code. */
export type FlagCodeCount = {
  __typename?: 'FlagCodeCount';
  /** The flag code. */
  code: FlagCode;
  /** Households with an open flag of the code. */
  households: DashboardCount;
};

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

/** An NSER household, for welfare roles and registration centres within their jurisdiction. `members` is the whole roster (WELFARE_OFFICER, REGISTRATION_CENTRE); `maskedMembers` the masked one (also WELFARE_ANALYST). */
export type Household = Node & {
  __typename?: 'Household';
  /** Urban or rural. */
  area: Area;
  /** When the household was first registered. */
  createdAt: Scalars['DateTime']['output'];
  /** District where the household lives. */
  district: District;
  /** Open data-quality flags, oldest first. */
  flags: Array<DataQualityFlag>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The latest survey version. */
  latestSurvey?: Maybe<Survey>;
  /** The roster with masked numbers, no names and ages only. */
  maskedMembers: Array<MaskedMember>;
  /** The roster, whole (names, CNICs). WELFARE_OFFICER and REGISTRATION_CENTRE. */
  members: Array<Member>;
  /** Status of the latest survey. */
  status: SurveyStatus;
  /** Every survey version, newest first. */
  surveys: Array<Survey>;
  /** Tehsil, as recorded (free text: tehsils are not reference data yet). */
  tehsil?: Maybe<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version for optimistic locking; changes with the household or its roster. */
  version: Scalars['Int']['output'];
};

/** A page of households, newest first. */
export type HouseholdConnection = {
  __typename?: 'HouseholdConnection';
  /** The page of edges. */
  edges: Array<HouseholdEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. Counted only when selected: a count over every matching item in your jurisdiction (a province holds millions), so leave it out when walking pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a Household connection. */
export type HouseholdEdge = {
  __typename?: 'HouseholdEdge';
  /** Opaque cursor for `after` / `before`. */
  cursor: Scalars['String']['output'];
  /** The Household. */
  node: Household;
};

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

/** A graded identity match. Never contains the stored record. */
export type IdentityMatch = {
  __typename?: 'IdentityMatch';
  /** The CNIC, masked: `35202-*******-3`. */
  cnicMasked: Scalars['String']['output'];
  /** Each detail's comparison; empty when the grade is NOT_FOUND. */
  fields: Array<FieldMatch>;
  /** The overall grade. */
  grade: IdentityMatchGrade;
  /** The details that agree with the record: outcome MATCH, VARIANT or YEAR_ONLY (not INITIAL, DAY_MONTH_SWAPPED or ONE_DIGIT). */
  matchedFields: Array<IdentityField>;
};

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

/** A legal hold on a person's record: while in force, law-enforcement accesses are withheld from their subject access report. LAW_ENFORCEMENT. */
export type LegalHold = Node & {
  __typename?: 'LegalHold';
  /** The person's CNIC, masked. */
  cnicMasked: Scalars['String']['output'];
  /** The district the placing agency acts for. */
  district: District;
  /** When it lapses by itself; null: until lifted. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Whether it withholds entries now. */
  inForce: Scalars['Boolean']['output'];
  /** When it was lifted; null while not lifted. */
  liftedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was placed. */
  placedAt: Scalars['DateTime']['output'];
  /** The agency that placed it. */
  placedBy: Scalars['String']['output'];
  /** Why (e.g. an investigation that must not be disclosed). */
  reason: Scalars['String']['output'];
  /** Optimistic-locking version: pass it to `liftLegalHold`. */
  version: Scalars['Int']['output'];
};

/** Result of `placeLegalHold` and `liftLegalHold`. */
export type LegalHoldPayload = {
  __typename?: 'LegalHoldPayload';
  /** The hold; null when `userErrors` is not empty. */
  legalHold?: Maybe<LegalHold>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<UserError>;
};

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

/** A household member for WELFARE_ANALYST: masked numbers, no name, age instead of date of birth. */
export type MaskedMember = {
  __typename?: 'MaskedMember';
  /** Age in whole years today (at death, for a deceased member). */
  age: Scalars['Int']['output'];
  /** B-form number masked the same way; null without one. */
  bFormNumberMasked?: Maybe<Scalars['String']['output']>;
  /** CNIC masked as `35202-*******-3`; null without a CNIC. */
  cnicMasked?: Maybe<Scalars['String']['output']>;
  /** Has a disability. */
  disability: Scalars['Boolean']['output'];
  /** Highest education completed. */
  educationLevel: EducationLevel;
  /** Main economic activity. */
  employment: Employment;
  /** Currently enrolled in school, college or university. */
  enrolledInSchool: Scalars['Boolean']['output'];
  /** Gender. */
  gender: Gender;
  /** Marital status. */
  maritalStatus: MaritalStatus;
  /** Relation to the head of the household. */
  relationToHead: RelationToHead;
  /** Living in the household, or deceased. */
  status: MemberStatus;
};

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

/** A household member, whole: for WELFARE_OFFICER and REGISTRATION_CENTRE within jurisdiction. */
export type Member = Node & {
  __typename?: 'Member';
  /** B-form number of a child; null otherwise. */
  bFormNumber?: Maybe<Scalars['Cnic']['output']>;
  /** CNIC; null for a member identified by B-form or not yet by either. */
  cnic?: Maybe<Scalars['Cnic']['output']>;
  /** Date of birth. */
  dateOfBirth: Scalars['LocalDate']['output'];
  /** Date of death, for a deceased member. */
  dateOfDeath?: Maybe<Scalars['LocalDate']['output']>;
  /** Has a disability. */
  disability: Scalars['Boolean']['output'];
  /** Highest education completed. */
  educationLevel: EducationLevel;
  /** Main economic activity. */
  employment: Employment;
  /** Currently enrolled in school, college or university. */
  enrolledInSchool: Scalars['Boolean']['output'];
  /** Gender. */
  gender: Gender;
  /** Opaque global ID (use it for moveMember, recordDeath, updateMember). */
  id: Scalars['ID']['output'];
  /** Marital status. */
  maritalStatus: MaritalStatus;
  /** Name as recorded by the enumerator. */
  name: Scalars['String']['output'];
  /** Relation to the head of the household. */
  relationToHead: RelationToHead;
  /** Living in the household, or deceased. */
  status: MemberStatus;
  /** Version for optimistic locking: pass it to member mutations. */
  version: Scalars['Int']['output'];
};

/** Result of a member mutation. */
export type MemberPayload = {
  __typename?: 'MemberPayload';
  /** The member as changed; null when there are userErrors. */
  member?: Maybe<Member>;
  /** Why nothing was done; empty on success. */
  userErrors: Array<UserError>;
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

/** Activity in one calendar month (Pakistan time). */
export type MonthlyActivity = {
  __typename?: 'MonthlyActivity';
  /** First day of the month, e.g. 2026-11-01. */
  month: Scalars['LocalDate']['output'];
  /** Registrations opened in the month. */
  registrations: DashboardCount;
  /** Surveys (every version) submitted in the month. */
  surveys: DashboardCount;
};

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Makes a model ACTIVE (retiring the active one) and starts a background re-score of every household. */
  activateScorecardModel: ActivateScorecardModelPayload;
  /** Corrects a conviction's details (not its status). LAW_ENFORCEMENT. */
  amendConviction: AmendConvictionPayload;
  /** Stops one of your watches. Notifications already queued are still delivered. */
  cancelWatch: CancelWatchPayload;
  /** Changes a conviction's status (overturned on appeal, pardoned, expired, or back to ACTIVE) with a reason. Checks answer accordingly from the moment it commits. LAW_ENFORCEMENT. */
  changeConvictionStatus: ChangeConvictionStatusPayload;
  /** Watches a person you have checked, with their consent, until `expiresAt` (at most 12 months): when their register status changes you get a signed webhook saying so (never why). EMPLOYER, EDUCATION; API keys only. */
  createWatch: CreateWatchPayload;
  /** Files a dispute for the person at the counter, for any record in the country; answers a tracking ID (the person sends it to 8171 for the status). An open dispute of a conviction stops checks naming the person (REFER_TO_LAW_ENFORCEMENT, reason UNDER_DISPUTE). REGISTRATION_CENTRE. Audited. */
  fileDispute: FileDisputePayload;
  /** Lifts a legal hold in your jurisdiction; the withheld entries appear again. LAW_ENFORCEMENT. */
  liftLegalHold: LegalHoldPayload;
  /** Moves a member to another household in your jurisdiction. */
  moveMember: MemberPayload;
  /** Withholds law-enforcement accesses from a person's subject access report until lifted or expired; the report says that some entries are withheld. LAW_ENFORCEMENT. */
  placeLegalHold: LegalHoldPayload;
  /** Validates a model (fields exist, weights finite, reference households score within 0-100) and saves it as DRAFT. */
  publishScorecardModel: PublishScorecardModelPayload;
  /** Records a member's death; the member stays on the roster as DECEASED. */
  recordDeath: MemberPayload;
  /** Registers a conviction for a person in the identity mirror, in your jurisdiction. LAW_ENFORCEMENT. */
  registerConviction: RegisterConvictionPayload;
  /** Lifts a client's suspension and resolves its open alerts. ADMIN. Audited. */
  reinstateClient: ReinstateClientPayload;
  /** Rejects a registration awaiting its survey, with the reason (REJECTED in its timeline). */
  rejectRegistration: RejectRegistrationPayload;
  /** Asks a person for consent by SMS: every number registered to their CNIC gets a text naming you, the purpose and the end date, with a one-time code to answer YES or NO (and later WITHDRAW). Rate-limited per client and per number. EMPLOYER, EDUCATION; API keys only. Audited. */
  requestConsent: RequestConsentPayload;
  /** Upholds or rejects a dispute you review, at the version you read. UPHELD links the corrections recorded on the person since it was filed (make them first); history is kept. LAW_ENFORCEMENT, WELFARE_OFFICER. Audited. */
  resolveDispute: ResolveDisputePayload;
  /** Screens a CNIC at a centre: opens a ROSTER_UPDATE if the person is in a surveyed household, else a NEW_SURVEY. A person whose household or open registration lies outside your jurisdiction is answered exactly as a CNIC with no identity record (NOT_FOUND), and nothing is opened. */
  startRegistration: StartRegistrationPayload;
  /** Submits the whole household survey for a registration. Everything is validated first; valid input creates or updates the household and its members and adds a survey version. */
  submitSurvey: SubmitSurveyPayload;
  /** Corrects a member's survey answers between surveys. */
  updateMember: MemberPayload;
};


export type MutationActivateScorecardModelArgs = {
  input: ActivateScorecardModelInput;
};


export type MutationAmendConvictionArgs = {
  input: AmendConvictionInput;
};


export type MutationCancelWatchArgs = {
  input: CancelWatchInput;
};


export type MutationChangeConvictionStatusArgs = {
  input: ChangeConvictionStatusInput;
};


export type MutationCreateWatchArgs = {
  input: CreateWatchInput;
};


export type MutationFileDisputeArgs = {
  input: FileDisputeInput;
};


export type MutationLiftLegalHoldArgs = {
  input: LiftLegalHoldInput;
};


export type MutationMoveMemberArgs = {
  input: MoveMemberInput;
};


export type MutationPlaceLegalHoldArgs = {
  input: PlaceLegalHoldInput;
};


export type MutationPublishScorecardModelArgs = {
  input: PublishScorecardModelInput;
};


export type MutationRecordDeathArgs = {
  input: RecordDeathInput;
};


export type MutationRegisterConvictionArgs = {
  input: RegisterConvictionInput;
};


export type MutationReinstateClientArgs = {
  input: ReinstateClientInput;
};


export type MutationRejectRegistrationArgs = {
  input: RejectRegistrationInput;
};


export type MutationRequestConsentArgs = {
  input: RequestConsentInput;
};


export type MutationResolveDisputeArgs = {
  input: ResolveDisputeInput;
};


export type MutationStartRegistrationArgs = {
  input: StartRegistrationInput;
};


export type MutationSubmitSurveyArgs = {
  input: SubmitSurveyInput;
};


export type MutationUpdateMemberArgs = {
  input: UpdateMemberInput;
};

/** A name written in both scripts, as on the identity card. */
export type NameInScripts = {
  __typename?: 'NameInScripts';
  /** Latin script, e.g. "Muhammad Ali". */
  latin: Scalars['String']['output'];
  /** Urdu script, e.g. "محمد علی". */
  urdu: Scalars['String']['output'];
};

/** The SMS-style line (as the 7000 service answers): the person and the father or husband. */
export type NameLine = {
  __typename?: 'NameLine';
  /** The line in English: "Beware! ABC son of XYZ is a convict. …" */
  english: Scalars['String']['output'];
  /** Name, per the identity record. */
  name: NameInScripts;
  /** s/o, d/o or w/o. */
  relation: Relation;
  /** Father's or husband's name. */
  relativeName: NameInScripts;
  /** The line in Urdu: "خبردار! … سزا یافتہ مجرم ہے۔ …" */
  urdu: Scalars['String']['output'];
};

/** An object with a stable, opaque global ID that `node(id:)` can refetch. */
export type Node = {
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
};

/** The answer to one offender check. Never contains offence details for institutions. */
export type OffenderCheck = {
  __typename?: 'OffenderCheck';
  /** The ID of this check's audit event: quote it; an AUDITOR can fetch it with `node(id:)`. */
  checkId: Scalars['ID']['output'];
  /** When the check ran. */
  checkedAt: Scalars['DateTime']['output'];
  /** The CNIC, masked: `35202-*******-3`. */
  cnicMasked: Scalars['String']['output'];
  /** The latest change to the register that this answer reflects. */
  dataAsOf: Scalars['DateTime']['output'];
  /** What your disclosure policy lets this check show. */
  disclosure: OffenderCheckDisclosure;
  /** Why this item was NOT_CHECKED (bulk checks); empty otherwise. */
  errors: Array<UserError>;
  /** How the details you gave match the identity record at the CNIC (NOT_FOUND when NOT_CHECKED). */
  grade: IdentityMatchGrade;
  /** The answer in words, in the requested locale. */
  message: Scalars['String']['output'];
  /** Why the answer is REFER_TO_LAW_ENFORCEMENT (a detail differs, or the person disputes the record); null otherwise. */
  reason?: Maybe<OffenderCheckReason>;
  /** A compact JWS (EdDSA) the API signs over this check: check ID, time, client, purpose, consent, the CNIC's keyed hash (as in the audit log) and the result. Keep it as proof of due diligence; anyone verifies it offline with the keys at /.well-known/jwks.json (by `kid`; rotation keeps old keys there). Signed when selected. */
  receipt: Scalars['String']['output'];
  /** The receipt as a QR code (an SVG document) to print; the receipt verifier (examples/receipts) reads it back. */
  receiptQr: Scalars['String']['output'];
  /** The answer. */
  result: OffenderCheckResult;
};

/** What the check shows beyond its result, per your disclosure policy: `ResultOnly` (MATCH_ONLY, or no record), `NameLine` (NAME_LINE, on RECORD_FOUND) or `OffenderRecord` (FULL, on RECORD_FOUND within your jurisdiction). */
export type OffenderCheckDisclosure = NameLine | OffenderRecord | ResultOnly;

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

/** A page of offender records. */
export type OffenderConnection = {
  __typename?: 'OffenderConnection';
  /** The page of edges. */
  edges: Array<OffenderRecordEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. Counted only when selected: a count over every matching item in your jurisdiction (a province holds millions), so leave it out when walking pages. */
  totalCount: Scalars['Int']['output'];
};

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

/** A person on the register with their convictions in your jurisdiction. LAW_ENFORCEMENT only. */
export type OffenderRecord = Node & {
  __typename?: 'OffenderRecord';
  /** The CNIC, 13 digits. */
  cnic: Scalars['Cnic']['output'];
  /** Convictions registered in your jurisdiction, newest first, any status. */
  convictions: Array<Conviction>;
  /** Date of birth. */
  dateOfBirth: Scalars['LocalDate']['output'];
  /** District of residence per the identity record. */
  district: District;
  /** Gender. */
  gender: Gender;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Name, per the identity record. */
  name: NameInScripts;
  /** How `relativeName` relates to the person. */
  relation: Relation;
  /** Father's or husband's name, per the identity record. */
  relativeName: NameInScripts;
};

/** An edge in a OffenderRecord connection. */
export type OffenderRecordEdge = {
  __typename?: 'OffenderRecordEdge';
  /** Opaque cursor for `after` / `before`. */
  cursor: Scalars['String']['output'];
  /** The OffenderRecord. */
  node: OffenderRecord;
};

/** Where a page sits in its connection (Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items precede the first edge. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge. */
  startCursor?: Maybe<Scalars['String']['output']>;
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

/** A household's PMT score under one model for one survey version. */
export type PovertyScore = Node & {
  __typename?: 'PovertyScore';
  /** Band of the score. */
  band: ScoreBand;
  /** At or below the model's cut-off. */
  belowCutoff: Scalars['Boolean']['output'];
  /** When it was computed. */
  computedAt: Scalars['DateTime']['output'];
  /** Each indicator's value and contribution; they sum to `score`. */
  explanation: Array<ScoreContribution>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The model, e.g. `NSER-2021`. */
  modelVersion: Scalars['String']['output'];
  /** Score, 0 (poorest) to 100, two decimals. */
  score: Scalars['Float']['output'];
  /** The survey version scored. */
  surveyVersion: Scalars['Int']['output'];
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

/** Households with at least one member eligible for a programme (as recorded with the current score). */
export type ProgrammeCount = {
  __typename?: 'ProgrammeCount';
  /** Households with an eligible member. */
  households: DashboardCount;
  /** The programme. */
  programme: ProgrammeCode;
};

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

/** Result of `publishScorecardModel`. */
export type PublishScorecardModelPayload = {
  __typename?: 'PublishScorecardModelPayload';
  /** The model saved as DRAFT; null when there are userErrors. */
  model?: Maybe<ScorecardModel>;
  /** Every problem found; nothing is saved when any. */
  userErrors: Array<UserError>;
};

export type Query = {
  __typename?: 'Query';
  /** The audit log, newest first. AUDITOR only. */
  auditEvents: AuditEventConnection;
  /** The identity record at a CNIC, within your jurisdiction (NOT_FOUND otherwise). WELFARE_OFFICER, REGISTRATION_CENTRE and LAW_ENFORCEMENT. Audited. */
  citizen: Citizen;
  /** Your consent requests, newest first, with the answers. EMPLOYER, EDUCATION. */
  consents: ConsentConnection;
  /** Aggregates of an area in your jurisdiction (its children beside it). WELFARE_ANALYST, WELFARE_OFFICER, ADMIN. An area outside your jurisdiction is FORBIDDEN; an unknown district or tehsil is BAD_USER_INPUT. */
  dashboard: Dashboard;
  /** Open data-quality flags of households in your jurisdiction, newest first. */
  dataQualityFlags: DataQualityFlagConnection;
  /** A dispute by tracking ID (any case, spaces, I/L for 1, O for 0): any, for a registration centre following it for the person; those you review, within your jurisdiction, for LAW_ENFORCEMENT and WELFARE_OFFICER. Audited. */
  dispute: Dispute;
  /** Disputes of the records you keep, within your jurisdiction, newest first: convictions for LAW_ENFORCEMENT, NSER data and scores for WELFARE_OFFICER. Audited (a row per person returned). */
  disputes: DisputeConnection;
  /** Is this person eligible for a programme under its current rule? The decision, reason codes, rule version, score band and survey date; the raw score for welfare roles only; nothing else about the household. Within your jurisdiction: a person outside it is answered exactly as a CNIC that does not exist. EDUCATION reads nationally, may check HEC_NEED_BASED_SCHOLARSHIP and BENAZIR_KAFAALAT only, and learns the decision only (no reasons, band or survey date). Audited. */
  eligibility: Eligibility;
  /** A household by global ID, within your jurisdiction (NOT_FOUND otherwise). Audited. */
  household: Household;
  /** The household a person lives in, within your jurisdiction (NOT_FOUND otherwise, alike). Audited. */
  householdOf: Household;
  /** Households in your jurisdiction, newest first. Each page is audited. */
  households: HouseholdConnection;
  /** Legal holds on a person's record placed within your jurisdiction, newest first. LAW_ENFORCEMENT. Audited. */
  legalHolds: Array<LegalHold>;
  /** Grades a name, father's name and date of birth against the identity record at a CNIC, without returning the record. For institutions and agencies. Audited. */
  matchIdentity: IdentityMatch;
  /** Fetches an object by its global ID, if you may see it. */
  node: Node;
  /** Fetches up to 100 objects by global ID; null where not visible. */
  nodes: Array<Maybe<Node>>;
  /** The register's record of a person, with the convictions in your jurisdiction. LAW_ENFORCEMENT. Audited. */
  offender: OffenderRecord;
  /** People with a conviction in your jurisdiction matching the filter. LAW_ENFORCEMENT. Audited per page. */
  offenders: OffenderConnection;
  /** A household's current poverty score with its explanation; null when not yet scored. Within your jurisdiction. Audited. */
  povertyScore?: Maybe<PovertyScore>;
  /** A registration and its status timeline, by tracking ID, within your jurisdiction. */
  registration: Registration;
  /** Progress of a background re-score started by `activateScorecardModel`. */
  rescoreJob: RescoreJob;
  /** Every scorecard model, oldest first, with its indicators and weights. */
  scorecardModels: Array<ScorecardModel>;
  /** Security alerts raised by the enumeration detectors, newest first. ADMIN and AUDITOR. */
  securityAlerts: SecurityAlertConnection;
  /** Who checked me: every access to a person's records (checks, reads, watches, disputes, consents) with institution, purpose, consent reference and time, newest first. For the person at the counter with their card, nationally. Law-enforcement entries read "Law enforcement"; a legal hold withholds them (`someEntriesWithheld`). REGISTRATION_CENTRE. Audited (and listed in the report). */
  subjectAccessReport: SubjectAccessConnection;
  /** Is this person in a surveyed household, and is it eligible? The 8171-style answer in English, Urdu and Roman Urdu, and nothing else about the household. National for SMS_GATEWAY and EDUCATION; within your jurisdiction for the other roles, a person outside it answered exactly as a CNIC that does not exist (NOT_SURVEYED). Audited. */
  surveyStatus: SurveyStatusAnswer;
  /** Checks one CNIC against the sex offenders register. What it discloses follows your client's disclosure policy; offence details are never shown to institutions. EMPLOYER, EDUCATION, SMS_GATEWAY, LAW_ENFORCEMENT. Audited. */
  verifyOffender: OffenderCheck;
  /** Checks up to 1,000 CNICs in one call (e.g. a payroll). One answer per input, in input order; an invalid input answers NOT_CHECKED with its `errors` and does not stop the others. Audited per input. */
  verifyOffenders: Array<OffenderCheck>;
  /** Your watches, newest first. */
  watches: WatchConnection;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCitizenArgs = {
  cnic: Scalars['Cnic']['input'];
  purpose: LookupPurpose;
};


export type QueryConsentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ConsentStatus>;
};


export type QueryDashboardArgs = {
  scope: DashboardScope;
};


export type QueryDataQualityFlagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DataQualityFlagFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDisputeArgs = {
  trackingId: Scalars['String']['input'];
};


export type QueryDisputesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisputeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEligibilityArgs = {
  input: EligibilityInput;
};


export type QueryHouseholdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHouseholdOfArgs = {
  cnic: Scalars['Cnic']['input'];
  consentRef?: InputMaybe<Scalars['String']['input']>;
  purpose?: InputMaybe<LookupPurpose>;
};


export type QueryHouseholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HouseholdFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLegalHoldsArgs = {
  cnic: Scalars['Cnic']['input'];
};


export type QueryMatchIdentityArgs = {
  input: MatchIdentityInput;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOffenderArgs = {
  cnic: Scalars['Cnic']['input'];
};


export type QueryOffendersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OffenderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPovertyScoreArgs = {
  householdId: Scalars['ID']['input'];
};


export type QueryRegistrationArgs = {
  trackingId: Scalars['String']['input'];
};


export type QueryRescoreJobArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySecurityAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SecurityAlertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySubjectAccessReportArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  input: SubjectAccessInput;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySurveyStatusArgs = {
  cnic: Scalars['Cnic']['input'];
  consentRef?: InputMaybe<Scalars['String']['input']>;
  purpose?: InputMaybe<LookupPurpose>;
};


export type QueryVerifyOffenderArgs = {
  input: OffenderCheckInput;
};


export type QueryVerifyOffendersArgs = {
  inputs: Array<OffenderCheckInput>;
};


export type QueryWatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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

/** Points added for a province and/or urban/rural area. */
export type RegionAdjustment = {
  __typename?: 'RegionAdjustment';
  /** `URBAN` or `RURAL`; null means both. */
  area?: Maybe<Scalars['String']['output']>;
  /** Points added (negative lowers the score). */
  points: Scalars['Float']['output'];
  /** Province code; null means every province. */
  province?: Maybe<Scalars['String']['output']>;
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

/** Result of `registerConviction`. */
export type RegisterConvictionPayload = {
  __typename?: 'RegisterConvictionPayload';
  /** The registered conviction; null when `userErrors` is not empty. */
  conviction?: Maybe<Conviction>;
  /** The offender; null when `userErrors` is not empty. */
  offender?: Maybe<OffenderRecord>;
  /** Why nothing was registered; empty on success. */
  userErrors: Array<UserError>;
};

/** A dynamic registration at a centre, with its status timeline. */
export type Registration = {
  __typename?: 'Registration';
  /** The applicant's CNIC, masked. */
  applicantCnicMasked: Scalars['String']['output'];
  /** District of the centre where it was opened. */
  centreDistrict: District;
  /** When it was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** Global ID of the household, once there is one. */
  householdId?: Maybe<Scalars['ID']['output']>;
  /** NEW_SURVEY or ROSTER_UPDATE, decided by screening the CNIC. */
  kind: RegistrationKind;
  /** The latest status. */
  status: RegistrationStatus;
  /** Every status reached, oldest first. */
  timeline: Array<RegistrationEvent>;
  /** Opaque tracking ID, `XXXX-XXXX-XX` (digits and letters without I, L, O, U), to read over the phone. */
  trackingId: Scalars['String']['output'];
  /** The tracking slip as a compact JWS (EdDSA) over the tracking ID, kind, opening time, centre district and masked CNIC: verify it with /.well-known/jwks.json. Signed when selected. */
  trackingSlip: Scalars['String']['output'];
  /** The tracking slip as a QR code (an SVG document) to print; the receipt verifier reads it back. */
  trackingSlipQr: Scalars['String']['output'];
  /** Version for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** One step of a registration's timeline. */
export type RegistrationEvent = {
  __typename?: 'RegistrationEvent';
  /** When. */
  occurredAt: Scalars['DateTime']['output'];
  /** Why, for REJECTED. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The status reached. */
  status: RegistrationStatus;
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

/** Registrations with a current status. */
export type RegistrationStatusCount = {
  __typename?: 'RegistrationStatusCount';
  /** Registrations whose current status it is. */
  count: DashboardCount;
  /** The status. */
  status: RegistrationStatus;
};

/** Lift a client's suspension. */
export type ReinstateClientInput = {
  /** The API client id (see `securityAlerts`). */
  clientId: Scalars['ID']['input'];
  /** Why it is safe to reinstate; kept in the audit log. */
  reason: Scalars['String']['input'];
};

/** Result of `reinstateClient`. */
export type ReinstateClientPayload = {
  __typename?: 'ReinstateClientPayload';
  /** The reinstated client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  /** How many open alerts were resolved. */
  resolvedAlerts: Scalars['Int']['output'];
  /** Why nothing changed, if so. */
  userErrors: Array<UserError>;
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

/** Result of `rejectRegistration`. */
export type RejectRegistrationPayload = {
  __typename?: 'RejectRegistrationPayload';
  /** The registration, now REJECTED; null when there are userErrors. */
  registration?: Maybe<Registration>;
  /** Why nothing was done; empty on success. */
  userErrors: Array<UserError>;
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

/** Result of `requestConsent`. */
export type RequestConsentPayload = {
  __typename?: 'RequestConsentPayload';
  /** The consent, PENDING until the person answers; null when `userErrors` is not empty. */
  consent?: Maybe<Consent>;
  /** Why no request was sent; empty on success. */
  userErrors: Array<UserError>;
};

/** Background re-score of every household after a model is activated. */
export type RescoreJob = Node & {
  __typename?: 'RescoreJob';
  /** When the last household was done; null while running. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The model households are re-scored under. */
  modelVersion: Scalars['String']['output'];
  /** Households done so far. */
  processed: Scalars['Int']['output'];
  /** When the job was started. */
  startedAt: Scalars['DateTime']['output'];
  /** RUNNING or FINISHED. */
  status: RescoreJobStatus;
  /** Households to do (counted at activation). */
  total: Scalars['Int']['output'];
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

/** Result of `resolveDispute`. */
export type ResolveDisputePayload = {
  __typename?: 'ResolveDisputePayload';
  /** The dispute, resolved; null when `userErrors` is not empty. */
  dispute?: Maybe<Dispute>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<UserError>;
};

/** The check discloses its result only (your policy, or nothing more to show). */
export type ResultOnly = {
  __typename?: 'ResultOnly';
  /** Your client's disclosure policy. */
  policy: DisclosurePolicy;
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

/** Scored households whose current score falls in a band. */
export type ScoreBandCount = {
  __typename?: 'ScoreBandCount';
  /** The band. */
  band: ScoreBand;
  /** Households whose current score is in the band. */
  households: DashboardCount;
};

/** One line of a score's explanation. The contributions of all lines sum to the score. */
export type ScoreContribution = {
  __typename?: 'ScoreContribution';
  /** Points this line adds (negative lowers the score). */
  contribution: Scalars['Float']['output'];
  /** The survey or roster-derived field read; null for intercept, region and scaling. */
  field?: Maybe<Scalars['String']['output']>;
  /** The indicator's key in the model, or `intercept`, `region`, `scaling`. */
  key: Scalars['String']['output'];
  /** What the line is, in words. */
  label: Scalars['String']['output'];
  /** The value read, as text (numbers, answers, true/false). */
  value?: Maybe<Scalars['String']['output']>;
};

/** One indicator of a model. */
export type ScorecardIndicator = {
  __typename?: 'ScorecardIndicator';
  /** COUNT and PER_CAPITA: the value is capped here. */
  cap?: Maybe<Scalars['Float']['output']>;
  /** CATEGORY: points per answer; empty otherwise. */
  categories: Array<CategoryPoints>;
  /** The survey field (or roster-derived field) it reads. */
  field: Scalars['String']['output'];
  /** Unique key within the model. */
  key: Scalars['String']['output'];
  /** What it measures. */
  label: Scalars['String']['output'];
  /** THRESHOLD: the value at which the weight applies. */
  threshold?: Maybe<Scalars['Float']['output']>;
  /** How the field becomes points. */
  transform: IndicatorTransform;
  /** Weight. */
  weight: Scalars['Float']['output'];
};

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

/** A proxy-means-test model, as data. Published models are never edited. */
export type ScorecardModel = Node & {
  __typename?: 'ScorecardModel';
  /** When it was last activated. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Cut-off: households at or below it are poor enough for PMT programmes. */
  cutoff: Scalars['Float']['output'];
  /** What it is, including whether its weights are official or illustrative. */
  description: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Indicators, in evaluation order. */
  indicators: Array<ScorecardIndicator>;
  /** Points every household starts from; the total is held to 0-100. */
  intercept: Scalars['Float']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Region adjustments; every matching one applies. */
  regionAdjustments: Array<RegionAdjustment>;
  /** When it was retired. */
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** DRAFT, ACTIVE or RETIRED. */
  status: ScorecardModelStatus;
  /** Version, e.g. `NSER-2021`. */
  version: Scalars['String']['output'];
};

/** Where a scorecard model is in its life. */
export type ScorecardModelStatus =
  /** Scores every new survey; exactly one model is active. */
  | 'ACTIVE'
  /** Published and validated, not yet used for scoring. */
  | 'DRAFT'
  /** Was active; its scores are kept as history. */
  | 'RETIRED';

/** A detector finding about an API client. */
export type SecurityAlert = Node & {
  __typename?: 'SecurityAlert';
  /** The API client. */
  clientId: Scalars['ID']['output'];
  /** The client's name. */
  clientName: Scalars['String']['output'];
  /** The counts that crossed the threshold, and the day (PKT). */
  detail: Scalars['JSONObject']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** What was detected. */
  kind: SecurityAlertKind;
  /** When it was raised. */
  raisedAt: Scalars['DateTime']['output'];
  /** When an administrator resolved it (by reinstating). */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who resolved it. */
  resolvedBy?: Maybe<Scalars['String']['output']>;
};

/** A page of security alerts, newest first. */
export type SecurityAlertConnection = {
  __typename?: 'SecurityAlertConnection';
  /** The page of edges. */
  edges: Array<SecurityAlertEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. Counted only when selected: a count over every matching item in your jurisdiction (a province holds millions), so leave it out when walking pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a SecurityAlert connection. */
export type SecurityAlertEdge = {
  __typename?: 'SecurityAlertEdge';
  /** Opaque cursor for `after` / `before`. */
  cursor: Scalars['String']['output'];
  /** The SecurityAlert. */
  node: SecurityAlert;
};

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

/** Result of `startRegistration`. */
export type StartRegistrationPayload = {
  __typename?: 'StartRegistrationPayload';
  /** The registration; null when there are userErrors. */
  registration?: Maybe<Registration>;
  /** Why nothing was done; empty on success. */
  userErrors: Array<UserError>;
};

/** One access to the person's records, from the audit log. */
export type SubjectAccess = {
  __typename?: 'SubjectAccess';
  /** The audited action, e.g. `offender.check`. */
  action: Scalars['String']['output'];
  /** The consent it cited (a consent's ID, or its own reference). */
  consentRef?: Maybe<Scalars['String']['output']>;
  /** Who: the institution's name; "Law enforcement" for law-enforcement agencies; "Public SMS check" for the 7000/8171 services. */
  institution: Scalars['String']['output'];
  /** What kind of access. */
  kind: SubjectAccessKind;
  /** When. */
  occurredAt: Scalars['DateTime']['output'];
  /** How it ended: SUCCESS, NOT_FOUND, REFUSED, INVALID… */
  outcome: Scalars['String']['output'];
  /** The purpose it declared. */
  purpose?: Maybe<LookupPurpose>;
  /** The kind of institution. */
  role: Role;
};

/** Every access to a person's records, newest first. */
export type SubjectAccessConnection = {
  __typename?: 'SubjectAccessConnection';
  /** The person's CNIC, masked. */
  cnicMasked: Scalars['String']['output'];
  /** The page of edges. */
  edges: Array<SubjectAccessEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** True when a legal hold withholds some law-enforcement entries from this report: tell the person that some entries are withheld. */
  someEntriesWithheld: Scalars['Boolean']['output'];
  /** Number of items matching the filter, across all pages. Counted only when selected: a count over every matching item in your jurisdiction (a province holds millions), so leave it out when walking pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a SubjectAccess connection. */
export type SubjectAccessEdge = {
  __typename?: 'SubjectAccessEdge';
  /** Opaque cursor for `after` / `before`. */
  cursor: Scalars['String']['output'];
  /** The SubjectAccess. */
  node: SubjectAccess;
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

/** Result of `submitSurvey`. */
export type SubmitSurveyPayload = {
  __typename?: 'SubmitSurveyPayload';
  /** The household created or updated. */
  household?: Maybe<Household>;
  /** The registration, advanced; null when there are userErrors. */
  registration?: Maybe<Registration>;
  /** The new survey version. */
  survey?: Maybe<Survey>;
  /** Every problem found, all at once; empty on success. Nothing is written when any. */
  userErrors: Array<UserError>;
};

/** One version of a household's survey. Earlier versions are kept. */
export type Survey = Node & {
  __typename?: 'Survey';
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The household-level indicators. */
  indicators: SurveyIndicators;
  /** Members on the roster when surveyed (living ones). */
  memberCount: Scalars['Int']['output'];
  /** When it was scored; null until then. */
  scoredAt?: Maybe<Scalars['DateTime']['output']>;
  /** PENDING_VERIFICATION until the scorecard has scored it, then ELIGIBLE or NOT_ELIGIBLE. */
  status: SurveyStatus;
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** Version within the household: 1 for the first survey, then 2, 3, ... */
  version: Scalars['Int']['output'];
};

/** Housing, asset, land, livestock and income indicators of a survey. */
export type SurveyIndicators = {
  __typename?: 'SurveyIndicators';
  /** Agricultural land owned, in acres (0-100000). */
  agriculturalLandAcres: Scalars['Float']['output'];
  /** Air conditioners owned (0-20). */
  airConditioners: Scalars['Int']['output'];
  /** Buffaloes owned (0-10000). */
  buffaloes: Scalars['Int']['output'];
  /** Cars, jeeps or vans owned (0-20). */
  cars: Scalars['Int']['output'];
  /** Cows and bullocks owned (0-10000). */
  cattle: Scalars['Int']['output'];
  /** Main cooking fuel. */
  cookingFuel: CookingFuel;
  /** Refrigerators or freezers owned (0-20). */
  fridges: Scalars['Int']['output'];
  /** Goats and sheep owned (0-10000). */
  goatsAndSheep: Scalars['Int']['output'];
  /** The dwelling has an electricity connection. */
  hasElectricity: Scalars['Boolean']['output'];
  /** A member or a member's spouse has travelled abroad (an exclusion filter). */
  memberTravelledAbroad: Scalars['Boolean']['output'];
  /** Household income per month, in rupees, as declared. */
  monthlyIncomeRs: Scalars['Int']['output'];
  /** Household phone bills per month, in rupees (an exclusion filter above Rs 1,000). */
  monthlyPhoneBillRs: Scalars['Int']['output'];
  /** Motorcycles or scooters owned (0-20). */
  motorcycles: Scalars['Int']['output'];
  /** Main material of the roof. */
  roofMaterial: RoofMaterial;
  /** Rooms in the dwelling (1-50). */
  rooms: Scalars['Int']['output'];
  /** Televisions owned (0-20). */
  televisions: Scalars['Int']['output'];
  /** Toilet facility. */
  toilet: Toilet;
  /** Tractors owned (0-20). */
  tractors: Scalars['Int']['output'];
  /** Main material of the outer walls. */
  wallMaterial: WallMaterial;
  /** Washing machines owned (0-20). */
  washingMachines: Scalars['Int']['output'];
  /** Main source of drinking water. */
  waterSource: WaterSource;
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

/** The answer to "is this person registered, and eligible?" — and nothing else about the household. */
export type SurveyStatusAnswer = {
  __typename?: 'SurveyStatusAnswer';
  /** The answer in English. */
  message: Scalars['String']['output'];
  /** The answer in Roman Urdu, as the 8171 SMS service writes it. */
  messageRomanUrdu: Scalars['String']['output'];
  /** The answer in Urdu script. */
  messageUrdu: Scalars['String']['output'];
  /** The status. */
  status: SurveyStatus;
};

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

/** A domain failure of a mutation. */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable reason. */
  code: UserErrorCode;
  /** Path to the input field at fault, if any. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation; never contains personal data from the input. */
  message: Scalars['String']['output'];
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

/** Your watch on a screened person: webhooks when their register status changes. */
export type Watch = Node & {
  __typename?: 'Watch';
  /** Where notifications are POSTed. */
  callbackUrl: Scalars['String']['output'];
  /** When you cancelled it; null while not cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The CNIC, masked: `35202-*******-3`. */
  cnicMasked: Scalars['String']['output'];
  /** The consent the person granted by SMS that the watch rests on; it ends with it. */
  consentId?: Maybe<Scalars['ID']['output']>;
  /** Your consent reference (the consent's global ID when the watch rests on one). */
  consentRef: Scalars['String']['output'];
  /** When the watch was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The delivery log of this watch's notifications, newest first. */
  deliveries: Array<WebhookDelivery>;
  /** When notifications stop (at most 12 months after creation). */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Whether it still notifies. */
  state: WatchState;
};

/** A page of your watches, newest first. */
export type WatchConnection = {
  __typename?: 'WatchConnection';
  /** The page of edges. */
  edges: Array<WatchEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. Counted only when selected: a count over every matching item in your jurisdiction (a province holds millions), so leave it out when walking pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a Watch connection. */
export type WatchEdge = {
  __typename?: 'WatchEdge';
  /** Opaque cursor for `after` / `before`. */
  cursor: Scalars['String']['output'];
  /** The Watch. */
  node: Watch;
};

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

/** One webhook notification and how its delivery went (the delivery log). */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** When the change was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** When the receiver acknowledged it; null until then. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Also sent as the `Idempotency-Key` header: the same notification always has the same key. */
  id: Scalars['ID']['output'];
  /** When the last attempt was made; null before the first. */
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed; null when it did not. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** HTTP status of the last attempt; null before the first or on a network error. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (PENDING only meaningful). */
  nextAttemptAt: Scalars['DateTime']['output'];
  /** Delivery state. */
  status: DeliveryStatus;
};

export type AuditEventsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditEventEdge', cursor: string, node: { __typename?: 'AuditEvent', id: string, occurredAt: string, actorKind: string, actorId: string, clientId?: string | null, clientName: string, role: Role, action: string, subjectHash?: string | null, purpose?: LookupPurpose | null, consentRef?: string | null, requestId: string, outcome: string, detail?: Record<string, unknown> | null } }> } };

export type DashboardCountFieldsFragment = { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean };

export type DashboardFieldsFragment = { __typename?: 'Dashboard', surveyedShare?: number | null, meanScore?: number | null, medianScore?: number | null, area: { __typename?: 'DashboardArea', level: DashboardLevel, province?: Province | null, tehsil?: string | null, name: string, district?: { __typename?: 'District', code: string } | null }, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, members: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, surveyedHouseholds: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, registrationsByStatus: Array<{ __typename?: 'RegistrationStatusCount', status: RegistrationStatus, count: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, scoredHouseholds: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, scoreBands: Array<{ __typename?: 'ScoreBandCount', band: ScoreBand, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, eligibleByProgramme: Array<{ __typename?: 'ProgrammeCount', programme: ProgrammeCode, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, flagsByCode: Array<{ __typename?: 'FlagCodeCount', code: FlagCode, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, monthly: Array<{ __typename?: 'MonthlyActivity', month: string, registrations: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, surveys: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }> };

export type DashboardQueryVariables = Exact<{
  scope: DashboardScope;
}>;


export type DashboardQuery = { __typename?: 'Query', dashboard: { __typename?: 'Dashboard', surveyedShare?: number | null, meanScore?: number | null, medianScore?: number | null, children: Array<{ __typename?: 'Dashboard', surveyedShare?: number | null, meanScore?: number | null, medianScore?: number | null, area: { __typename?: 'DashboardArea', level: DashboardLevel, province?: Province | null, tehsil?: string | null, name: string, district?: { __typename?: 'District', code: string } | null }, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, members: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, surveyedHouseholds: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, registrationsByStatus: Array<{ __typename?: 'RegistrationStatusCount', status: RegistrationStatus, count: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, scoredHouseholds: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, scoreBands: Array<{ __typename?: 'ScoreBandCount', band: ScoreBand, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, eligibleByProgramme: Array<{ __typename?: 'ProgrammeCount', programme: ProgrammeCode, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, flagsByCode: Array<{ __typename?: 'FlagCodeCount', code: FlagCode, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, monthly: Array<{ __typename?: 'MonthlyActivity', month: string, registrations: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, surveys: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }> }>, area: { __typename?: 'DashboardArea', level: DashboardLevel, province?: Province | null, tehsil?: string | null, name: string, district?: { __typename?: 'District', code: string } | null }, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, members: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, surveyedHouseholds: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, registrationsByStatus: Array<{ __typename?: 'RegistrationStatusCount', status: RegistrationStatus, count: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, scoredHouseholds: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, scoreBands: Array<{ __typename?: 'ScoreBandCount', band: ScoreBand, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, eligibleByProgramme: Array<{ __typename?: 'ProgrammeCount', programme: ProgrammeCode, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, flagsByCode: Array<{ __typename?: 'FlagCodeCount', code: FlagCode, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, monthly: Array<{ __typename?: 'MonthlyActivity', month: string, registrations: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, surveys: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }> } };

export type DashboardTreeQueryVariables = Exact<{
  scope: DashboardScope;
}>;


export type DashboardTreeQuery = { __typename?: 'Query', dashboard: { __typename?: 'Dashboard', surveyedShare?: number | null, meanScore?: number | null, medianScore?: number | null, children: Array<{ __typename?: 'Dashboard', surveyedShare?: number | null, meanScore?: number | null, medianScore?: number | null, children: Array<{ __typename?: 'Dashboard', surveyedShare?: number | null, meanScore?: number | null, medianScore?: number | null, area: { __typename?: 'DashboardArea', level: DashboardLevel, province?: Province | null, tehsil?: string | null, name: string, district?: { __typename?: 'District', code: string } | null }, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, members: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, surveyedHouseholds: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, registrationsByStatus: Array<{ __typename?: 'RegistrationStatusCount', status: RegistrationStatus, count: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, scoredHouseholds: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, scoreBands: Array<{ __typename?: 'ScoreBandCount', band: ScoreBand, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, eligibleByProgramme: Array<{ __typename?: 'ProgrammeCount', programme: ProgrammeCode, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, flagsByCode: Array<{ __typename?: 'FlagCodeCount', code: FlagCode, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, monthly: Array<{ __typename?: 'MonthlyActivity', month: string, registrations: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, surveys: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }> }>, area: { __typename?: 'DashboardArea', level: DashboardLevel, province?: Province | null, tehsil?: string | null, name: string, district?: { __typename?: 'District', code: string } | null }, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, members: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, surveyedHouseholds: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, registrationsByStatus: Array<{ __typename?: 'RegistrationStatusCount', status: RegistrationStatus, count: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, scoredHouseholds: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, scoreBands: Array<{ __typename?: 'ScoreBandCount', band: ScoreBand, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, eligibleByProgramme: Array<{ __typename?: 'ProgrammeCount', programme: ProgrammeCode, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, flagsByCode: Array<{ __typename?: 'FlagCodeCount', code: FlagCode, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, monthly: Array<{ __typename?: 'MonthlyActivity', month: string, registrations: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, surveys: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }> }>, area: { __typename?: 'DashboardArea', level: DashboardLevel, province?: Province | null, tehsil?: string | null, name: string, district?: { __typename?: 'District', code: string } | null }, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, members: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, surveyedHouseholds: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, registrationsByStatus: Array<{ __typename?: 'RegistrationStatusCount', status: RegistrationStatus, count: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, scoredHouseholds: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, scoreBands: Array<{ __typename?: 'ScoreBandCount', band: ScoreBand, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, eligibleByProgramme: Array<{ __typename?: 'ProgrammeCount', programme: ProgrammeCode, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, flagsByCode: Array<{ __typename?: 'FlagCodeCount', code: FlagCode, households: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }>, monthly: Array<{ __typename?: 'MonthlyActivity', month: string, registrations: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean }, surveys: { __typename?: 'DashboardCount', value?: number | null, suppressed: boolean } }> } };

export type RegistrationFieldsFragment = { __typename?: 'Registration', trackingId: string, kind: RegistrationKind, status: RegistrationStatus, applicantCnicMasked: string, householdId?: string | null, version: number, timeline: Array<{ __typename?: 'RegistrationEvent', status: RegistrationStatus, reason?: string | null, occurredAt: string }>, centreDistrict: { __typename?: 'District', code: string } };

export type MemberFieldsFragment = { __typename?: 'Member', id: string, cnic?: string | null, bFormNumber?: string | null, name: string, relationToHead: RelationToHead, gender: Gender, dateOfBirth: string, maritalStatus: MaritalStatus, educationLevel: EducationLevel, enrolledInSchool: boolean, employment: Employment, disability: boolean, status: MemberStatus, dateOfDeath?: string | null, version: number };

export type MaskedMemberFieldsFragment = { __typename?: 'MaskedMember', cnicMasked?: string | null, bFormNumberMasked?: string | null, age: number, relationToHead: RelationToHead, gender: Gender, maritalStatus: MaritalStatus, educationLevel: EducationLevel, enrolledInSchool: boolean, employment: Employment, disability: boolean, status: MemberStatus };

export type IndicatorFieldsFragment = { __typename?: 'SurveyIndicators', rooms: number, wallMaterial: WallMaterial, roofMaterial: RoofMaterial, toilet: Toilet, waterSource: WaterSource, cookingFuel: CookingFuel, hasElectricity: boolean, fridges: number, televisions: number, airConditioners: number, washingMachines: number, motorcycles: number, cars: number, tractors: number, agriculturalLandAcres: number, cattle: number, buffaloes: number, goatsAndSheep: number, monthlyIncomeRs: number, monthlyPhoneBillRs: number, memberTravelledAbroad: boolean };

export type StartRegistrationMutationVariables = Exact<{
  input: StartRegistrationInput;
}>;


export type StartRegistrationMutation = { __typename?: 'Mutation', startRegistration: { __typename?: 'StartRegistrationPayload', registration?: { __typename?: 'Registration', trackingId: string, kind: RegistrationKind, status: RegistrationStatus, applicantCnicMasked: string, householdId?: string | null, version: number, timeline: Array<{ __typename?: 'RegistrationEvent', status: RegistrationStatus, reason?: string | null, occurredAt: string }>, centreDistrict: { __typename?: 'District', code: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type SubmitSurveyMutationVariables = Exact<{
  input: SubmitSurveyInput;
}>;


export type SubmitSurveyMutation = { __typename?: 'Mutation', submitSurvey: { __typename?: 'SubmitSurveyPayload', registration?: { __typename?: 'Registration', trackingId: string, kind: RegistrationKind, status: RegistrationStatus, applicantCnicMasked: string, householdId?: string | null, version: number, timeline: Array<{ __typename?: 'RegistrationEvent', status: RegistrationStatus, reason?: string | null, occurredAt: string }>, centreDistrict: { __typename?: 'District', code: string } } | null, household?: { __typename?: 'Household', id: string, version: number, status: SurveyStatus, tehsil?: string | null, area: Area, district: { __typename?: 'District', code: string } } | null, survey?: { __typename?: 'Survey', id: string, version: number, status: SurveyStatus, memberCount: number, indicators: { __typename?: 'SurveyIndicators', rooms: number, wallMaterial: WallMaterial, roofMaterial: RoofMaterial, toilet: Toilet, waterSource: WaterSource, cookingFuel: CookingFuel, hasElectricity: boolean, fridges: number, televisions: number, airConditioners: number, washingMachines: number, motorcycles: number, cars: number, tractors: number, agriculturalLandAcres: number, cattle: number, buffaloes: number, goatsAndSheep: number, monthlyIncomeRs: number, monthlyPhoneBillRs: number, memberTravelledAbroad: boolean } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type RegistrationQueryVariables = Exact<{
  trackingId: Scalars['String']['input'];
}>;


export type RegistrationQuery = { __typename?: 'Query', registration: { __typename?: 'Registration', trackingId: string, kind: RegistrationKind, status: RegistrationStatus, applicantCnicMasked: string, householdId?: string | null, version: number, timeline: Array<{ __typename?: 'RegistrationEvent', status: RegistrationStatus, reason?: string | null, occurredAt: string }>, centreDistrict: { __typename?: 'District', code: string } } };

export type SurveyStatusQueryVariables = Exact<{
  cnic: Scalars['Cnic']['input'];
  purpose?: InputMaybe<LookupPurpose>;
  consentRef?: InputMaybe<Scalars['String']['input']>;
}>;


export type SurveyStatusQuery = { __typename?: 'Query', surveyStatus: { __typename?: 'SurveyStatusAnswer', status: SurveyStatus, message: string, messageUrdu: string, messageRomanUrdu: string } };

export type HouseholdWholeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HouseholdWholeQuery = { __typename?: 'Query', household: { __typename?: 'Household', id: string, status: SurveyStatus, version: number, tehsil?: string | null, area: Area, district: { __typename?: 'District', code: string, province: Province }, members: Array<{ __typename?: 'Member', id: string, cnic?: string | null, bFormNumber?: string | null, name: string, relationToHead: RelationToHead, gender: Gender, dateOfBirth: string, maritalStatus: MaritalStatus, educationLevel: EducationLevel, enrolledInSchool: boolean, employment: Employment, disability: boolean, status: MemberStatus, dateOfDeath?: string | null, version: number }>, flags: Array<{ __typename?: 'DataQualityFlag', code: FlagCode, severity: FlagSeverity, detail: string }>, latestSurvey?: { __typename?: 'Survey', version: number, status: SurveyStatus, memberCount: number } | null, surveys: Array<{ __typename?: 'Survey', version: number }> } };

export type HouseholdMaskedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HouseholdMaskedQuery = { __typename?: 'Query', household: { __typename?: 'Household', id: string, status: SurveyStatus, maskedMembers: Array<{ __typename?: 'MaskedMember', cnicMasked?: string | null, bFormNumberMasked?: string | null, age: number, relationToHead: RelationToHead, gender: Gender, maritalStatus: MaritalStatus, educationLevel: EducationLevel, enrolledInSchool: boolean, employment: Employment, disability: boolean, status: MemberStatus }> } };

export type HouseholdOfQueryVariables = Exact<{
  cnic: Scalars['Cnic']['input'];
  purpose?: InputMaybe<LookupPurpose>;
}>;


export type HouseholdOfQuery = { __typename?: 'Query', householdOf: { __typename?: 'Household', id: string, status: SurveyStatus, members: Array<{ __typename?: 'Member', name: string, relationToHead: RelationToHead }> } };

export type HouseholdsPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HouseholdFilter>;
}>;


export type HouseholdsPageQuery = { __typename?: 'Query', households: { __typename?: 'HouseholdConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'HouseholdEdge', node: { __typename?: 'Household', id: string, status: SurveyStatus, tehsil?: string | null, district: { __typename?: 'District', code: string }, members: Array<{ __typename?: 'Member', id: string, cnic?: string | null, name: string, relationToHead: RelationToHead }>, latestSurvey?: { __typename?: 'Survey', version: number, status: SurveyStatus } | null, flags: Array<{ __typename?: 'DataQualityFlag', code: FlagCode, severity: FlagSeverity }> } }> } };

export type HouseholdsMaskedPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<HouseholdFilter>;
}>;


export type HouseholdsMaskedPageQuery = { __typename?: 'Query', households: { __typename?: 'HouseholdConnection', totalCount: number, edges: Array<{ __typename?: 'HouseholdEdge', node: { __typename?: 'Household', id: string, status: SurveyStatus, maskedMembers: Array<{ __typename?: 'MaskedMember', cnicMasked?: string | null, bFormNumberMasked?: string | null, age: number, relationToHead: RelationToHead, gender: Gender, maritalStatus: MaritalStatus, educationLevel: EducationLevel, enrolledInSchool: boolean, employment: Employment, disability: boolean, status: MemberStatus }> } }> } };

export type DataQualityFlagsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<DataQualityFlagFilter>;
}>;


export type DataQualityFlagsQuery = { __typename?: 'Query', dataQualityFlags: { __typename?: 'DataQualityFlagConnection', totalCount: number, edges: Array<{ __typename?: 'DataQualityFlagEdge', node: { __typename?: 'DataQualityFlag', code: FlagCode, severity: FlagSeverity, detail: string, household: { __typename?: 'Household', id: string } } }> } };

export type MoveMemberMutationVariables = Exact<{
  input: MoveMemberInput;
}>;


export type MoveMemberMutation = { __typename?: 'Mutation', moveMember: { __typename?: 'MemberPayload', member?: { __typename?: 'Member', id: string, cnic?: string | null, bFormNumber?: string | null, name: string, relationToHead: RelationToHead, gender: Gender, dateOfBirth: string, maritalStatus: MaritalStatus, educationLevel: EducationLevel, enrolledInSchool: boolean, employment: Employment, disability: boolean, status: MemberStatus, dateOfDeath?: string | null, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type RecordDeathMutationVariables = Exact<{
  input: RecordDeathInput;
}>;


export type RecordDeathMutation = { __typename?: 'Mutation', recordDeath: { __typename?: 'MemberPayload', member?: { __typename?: 'Member', id: string, cnic?: string | null, bFormNumber?: string | null, name: string, relationToHead: RelationToHead, gender: Gender, dateOfBirth: string, maritalStatus: MaritalStatus, educationLevel: EducationLevel, enrolledInSchool: boolean, employment: Employment, disability: boolean, status: MemberStatus, dateOfDeath?: string | null, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type UpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type UpdateMemberMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'MemberPayload', member?: { __typename?: 'Member', id: string, cnic?: string | null, bFormNumber?: string | null, name: string, relationToHead: RelationToHead, gender: Gender, dateOfBirth: string, maritalStatus: MaritalStatus, educationLevel: EducationLevel, enrolledInSchool: boolean, employment: Employment, disability: boolean, status: MemberStatus, dateOfDeath?: string | null, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type RejectRegistrationMutationVariables = Exact<{
  input: RejectRegistrationInput;
}>;


export type RejectRegistrationMutation = { __typename?: 'Mutation', rejectRegistration: { __typename?: 'RejectRegistrationPayload', registration?: { __typename?: 'Registration', trackingId: string, kind: RegistrationKind, status: RegistrationStatus, applicantCnicMasked: string, householdId?: string | null, version: number, timeline: Array<{ __typename?: 'RegistrationEvent', status: RegistrationStatus, reason?: string | null, occurredAt: string }>, centreDistrict: { __typename?: 'District', code: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type HouseholdNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HouseholdNodeQuery = { __typename?: 'Query', node:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Citizen', id: string }
    | { __typename: 'Consent', id: string }
    | { __typename: 'Conviction', id: string }
    | { __typename: 'DataQualityFlag', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'Household', status: SurveyStatus, id: string }
    | { __typename: 'LegalHold', id: string }
    | { __typename: 'Member', name: string, id: string }
    | { __typename: 'OffenderRecord', id: string }
    | { __typename: 'PovertyScore', id: string }
    | { __typename: 'RescoreJob', id: string }
    | { __typename: 'ScorecardModel', id: string }
    | { __typename: 'SecurityAlert', id: string }
    | { __typename: 'Survey', version: number, id: string }
    | { __typename: 'Watch', id: string }
   };

export type CitizenQueryVariables = Exact<{
  cnic: Scalars['Cnic']['input'];
  purpose: LookupPurpose;
}>;


export type CitizenQuery = { __typename?: 'Query', citizen: { __typename?: 'Citizen', id: string, cnic: string, relation: Relation, gender: Gender, dateOfBirth: string, registrationProvince?: Province | null, localityVerified: boolean, name: { __typename?: 'NameInScripts', latin: string, urdu: string }, relativeName: { __typename?: 'NameInScripts', latin: string, urdu: string }, district: { __typename?: 'District', code: string, province: Province, name: { __typename?: 'NameInScripts', latin: string, urdu: string } } } };

export type MatchIdentityQueryVariables = Exact<{
  input: MatchIdentityInput;
}>;


export type MatchIdentityQuery = { __typename?: 'Query', matchIdentity: { __typename?: 'IdentityMatch', cnicMasked: string, grade: IdentityMatchGrade, matchedFields: Array<IdentityField>, fields: Array<{ __typename?: 'FieldMatch', field: IdentityField, outcome: FieldMatchOutcome }> } };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename?: 'Query', node:
    | { __typename: 'AuditEvent', action: string, id: string }
    | { __typename: 'Citizen', cnic: string, id: string }
    | { __typename: 'Consent', id: string }
    | { __typename: 'Conviction', id: string }
    | { __typename: 'DataQualityFlag', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'Household', id: string }
    | { __typename: 'LegalHold', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'OffenderRecord', id: string }
    | { __typename: 'PovertyScore', id: string }
    | { __typename: 'RescoreJob', id: string }
    | { __typename: 'ScorecardModel', id: string }
    | { __typename: 'SecurityAlert', id: string }
    | { __typename: 'Survey', id: string }
    | { __typename: 'Watch', id: string }
   };

export type CheckFieldsFragment = { __typename?: 'OffenderCheck', checkId: string, cnicMasked: string, result: OffenderCheckResult, grade: IdentityMatchGrade, checkedAt: string, dataAsOf: string, message: string, errors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, disclosure:
    | { __typename: 'NameLine', relation: Relation, english: string, urdu: string, name: { __typename?: 'NameInScripts', latin: string, urdu: string }, relativeName: { __typename?: 'NameInScripts', latin: string, urdu: string } }
    | { __typename: 'OffenderRecord', id: string, cnic: string, name: { __typename?: 'NameInScripts', latin: string }, convictions: Array<{ __typename?: 'Conviction', id: string, status: ConvictionStatus, sections: Array<string> }> }
    | { __typename: 'ResultOnly', policy: DisclosurePolicy }
   };

export type VerifyOffenderQueryVariables = Exact<{
  input: OffenderCheckInput;
}>;


export type VerifyOffenderQuery = { __typename?: 'Query', verifyOffender: { __typename?: 'OffenderCheck', checkId: string, cnicMasked: string, result: OffenderCheckResult, grade: IdentityMatchGrade, checkedAt: string, dataAsOf: string, message: string, errors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, disclosure:
      | { __typename: 'NameLine', relation: Relation, english: string, urdu: string, name: { __typename?: 'NameInScripts', latin: string, urdu: string }, relativeName: { __typename?: 'NameInScripts', latin: string, urdu: string } }
      | { __typename: 'OffenderRecord', id: string, cnic: string, name: { __typename?: 'NameInScripts', latin: string }, convictions: Array<{ __typename?: 'Conviction', id: string, status: ConvictionStatus, sections: Array<string> }> }
      | { __typename: 'ResultOnly', policy: DisclosurePolicy }
     } };

export type VerifyOffendersQueryVariables = Exact<{
  inputs: Array<OffenderCheckInput> | OffenderCheckInput;
}>;


export type VerifyOffendersQuery = { __typename?: 'Query', verifyOffenders: Array<{ __typename?: 'OffenderCheck', checkId: string, cnicMasked: string, result: OffenderCheckResult, grade: IdentityMatchGrade, checkedAt: string, dataAsOf: string, message: string, errors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, disclosure:
      | { __typename: 'NameLine', relation: Relation, english: string, urdu: string, name: { __typename?: 'NameInScripts', latin: string, urdu: string }, relativeName: { __typename?: 'NameInScripts', latin: string, urdu: string } }
      | { __typename: 'OffenderRecord', id: string, cnic: string, name: { __typename?: 'NameInScripts', latin: string }, convictions: Array<{ __typename?: 'Conviction', id: string, status: ConvictionStatus, sections: Array<string> }> }
      | { __typename: 'ResultOnly', policy: DisclosurePolicy }
     }> };

export type ConvictionFieldsFragment = { __typename?: 'Conviction', id: string, version: number, status: ConvictionStatus, sections: Array<string>, court: string, caseNumber: string, convictionDate: string, sentence: string, registeringAgency: string, registeredOn: string, endsOn?: string | null, lastKnownAddress?: string | null, district: { __typename?: 'District', code: string, province: Province }, history: Array<{ __typename?: 'ConvictionEvent', kind: ConvictionEventKind, fromStatus?: ConvictionStatus | null, toStatus: ConvictionStatus, changedFields: Array<string>, reason: string, version: number, actorId: string, actorName: string, at: string }> };

export type OffenderQueryVariables = Exact<{
  cnic: Scalars['Cnic']['input'];
}>;


export type OffenderQuery = { __typename?: 'Query', offender: { __typename?: 'OffenderRecord', id: string, cnic: string, relation: Relation, gender: Gender, dateOfBirth: string, name: { __typename?: 'NameInScripts', latin: string, urdu: string }, relativeName: { __typename?: 'NameInScripts', latin: string, urdu: string }, district: { __typename?: 'District', code: string, province: Province }, convictions: Array<{ __typename?: 'Conviction', id: string, version: number, status: ConvictionStatus, sections: Array<string>, court: string, caseNumber: string, convictionDate: string, sentence: string, registeringAgency: string, registeredOn: string, endsOn?: string | null, lastKnownAddress?: string | null, district: { __typename?: 'District', code: string, province: Province }, history: Array<{ __typename?: 'ConvictionEvent', kind: ConvictionEventKind, fromStatus?: ConvictionStatus | null, toStatus: ConvictionStatus, changedFields: Array<string>, reason: string, version: number, actorId: string, actorName: string, at: string }> }> } };

export type OffendersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OffenderFilter>;
}>;


export type OffendersQuery = { __typename?: 'Query', offenders: { __typename?: 'OffenderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'OffenderRecordEdge', cursor: string, node: { __typename?: 'OffenderRecord', cnic: string, convictions: Array<{ __typename?: 'Conviction', status: ConvictionStatus, sections: Array<string>, district: { __typename?: 'District', code: string } }> } }> } };

export type RegisterConvictionMutationVariables = Exact<{
  input: RegisterConvictionInput;
}>;


export type RegisterConvictionMutation = { __typename?: 'Mutation', registerConviction: { __typename?: 'RegisterConvictionPayload', conviction?: { __typename?: 'Conviction', id: string, version: number, status: ConvictionStatus, sections: Array<string>, court: string, caseNumber: string, convictionDate: string, sentence: string, registeringAgency: string, registeredOn: string, endsOn?: string | null, lastKnownAddress?: string | null, district: { __typename?: 'District', code: string, province: Province }, history: Array<{ __typename?: 'ConvictionEvent', kind: ConvictionEventKind, fromStatus?: ConvictionStatus | null, toStatus: ConvictionStatus, changedFields: Array<string>, reason: string, version: number, actorId: string, actorName: string, at: string }> } | null, offender?: { __typename?: 'OffenderRecord', cnic: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AmendConvictionMutationVariables = Exact<{
  input: AmendConvictionInput;
}>;


export type AmendConvictionMutation = { __typename?: 'Mutation', amendConviction: { __typename?: 'AmendConvictionPayload', conviction?: { __typename?: 'Conviction', id: string, version: number, status: ConvictionStatus, sections: Array<string>, court: string, caseNumber: string, convictionDate: string, sentence: string, registeringAgency: string, registeredOn: string, endsOn?: string | null, lastKnownAddress?: string | null, district: { __typename?: 'District', code: string, province: Province }, history: Array<{ __typename?: 'ConvictionEvent', kind: ConvictionEventKind, fromStatus?: ConvictionStatus | null, toStatus: ConvictionStatus, changedFields: Array<string>, reason: string, version: number, actorId: string, actorName: string, at: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ChangeConvictionStatusMutationVariables = Exact<{
  input: ChangeConvictionStatusInput;
}>;


export type ChangeConvictionStatusMutation = { __typename?: 'Mutation', changeConvictionStatus: { __typename?: 'ChangeConvictionStatusPayload', conviction?: { __typename?: 'Conviction', id: string, version: number, status: ConvictionStatus, history: Array<{ __typename?: 'ConvictionEvent', kind: ConvictionEventKind, fromStatus?: ConvictionStatus | null, toStatus: ConvictionStatus, reason: string, version: number }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type CreateWatchMutationVariables = Exact<{
  input: CreateWatchInput;
}>;


export type CreateWatchMutation = { __typename?: 'Mutation', createWatch: { __typename?: 'CreateWatchPayload', secret?: string | null, watch?: { __typename?: 'Watch', id: string, cnicMasked: string, consentRef: string, callbackUrl: string, expiresAt: string, state: WatchState } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type CancelWatchMutationVariables = Exact<{
  input: CancelWatchInput;
}>;


export type CancelWatchMutation = { __typename?: 'Mutation', cancelWatch: { __typename?: 'CancelWatchPayload', watch?: { __typename?: 'Watch', id: string, state: WatchState, cancelledAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type WatchesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WatchesQuery = { __typename?: 'Query', watches: { __typename?: 'WatchConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'WatchEdge', node: { __typename?: 'Watch', id: string, cnicMasked: string, state: WatchState, deliveries: Array<{ __typename?: 'WebhookDelivery', id: string, status: DeliveryStatus, attempts: number, lastStatusCode?: number | null, lastError?: string | null, deliveredAt?: string | null }> } }> } };

export type EligibilityQueryVariables = Exact<{
  input: EligibilityInput;
}>;


export type EligibilityQuery = { __typename?: 'Query', eligibility: { __typename?: 'Eligibility', eligible: boolean, reasons: Array<EligibilityReason>, programme: ProgrammeCode, ruleVersion: number, band?: ScoreBand | null, surveyDate?: string | null } };

export type EligibilityWithScoreQueryVariables = Exact<{
  input: EligibilityInput;
}>;


export type EligibilityWithScoreQuery = { __typename?: 'Query', eligibility: { __typename?: 'Eligibility', eligible: boolean, reasons: Array<EligibilityReason>, programme: ProgrammeCode, ruleVersion: number, band?: ScoreBand | null, surveyDate?: string | null, score?: number | null, modelVersion?: string | null } };

export type PovertyScoreQueryVariables = Exact<{
  householdId: Scalars['ID']['input'];
}>;


export type PovertyScoreQuery = { __typename?: 'Query', povertyScore?: { __typename?: 'PovertyScore', id: string, modelVersion: string, surveyVersion: number, score: number, band: ScoreBand, belowCutoff: boolean, explanation: Array<{ __typename?: 'ScoreContribution', key: string, field?: string | null, value?: string | null, contribution: number }> } | null };

export type ScorecardModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScorecardModelsQuery = { __typename?: 'Query', scorecardModels: Array<{ __typename?: 'ScorecardModel', id: string, version: string, status: ScorecardModelStatus, cutoff: number, intercept: number, indicators: Array<{ __typename?: 'ScorecardIndicator', key: string, field: string, transform: IndicatorTransform, weight: number, cap?: number | null, threshold?: number | null, categories: Array<{ __typename?: 'CategoryPoints', answer: string, points: number }> }>, regionAdjustments: Array<{ __typename?: 'RegionAdjustment', province?: string | null, area?: string | null, points: number }> }> };

export type PublishScorecardModelMutationVariables = Exact<{
  input: PublishScorecardModelInput;
}>;


export type PublishScorecardModelMutation = { __typename?: 'Mutation', publishScorecardModel: { __typename?: 'PublishScorecardModelPayload', model?: { __typename?: 'ScorecardModel', id: string, version: string, status: ScorecardModelStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ActivateScorecardModelMutationVariables = Exact<{
  input: ActivateScorecardModelInput;
}>;


export type ActivateScorecardModelMutation = { __typename?: 'Mutation', activateScorecardModel: { __typename?: 'ActivateScorecardModelPayload', model?: { __typename?: 'ScorecardModel', version: string, status: ScorecardModelStatus } | null, job?: { __typename?: 'RescoreJob', id: string, processed: number, total: number, status: RescoreJobStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type RescoreJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RescoreJobQuery = { __typename?: 'Query', rescoreJob: { __typename?: 'RescoreJob', id: string, modelVersion: string, status: RescoreJobStatus, processed: number, total: number, startedAt: string, finishedAt?: string | null } };

export type SecurityAlertsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<SecurityAlertFilter>;
}>;


export type SecurityAlertsQuery = { __typename?: 'Query', securityAlerts: { __typename?: 'SecurityAlertConnection', totalCount: number, edges: Array<{ __typename?: 'SecurityAlertEdge', node: { __typename?: 'SecurityAlert', id: string, raisedAt: string, clientId: string, clientName: string, kind: SecurityAlertKind, detail: Record<string, unknown>, resolvedAt?: string | null, resolvedBy?: string | null } }> } };

export type ReinstateClientMutationVariables = Exact<{
  input: ReinstateClientInput;
}>;


export type ReinstateClientMutation = { __typename?: 'Mutation', reinstateClient: { __typename?: 'ReinstateClientPayload', clientId?: string | null, resolvedAlerts: number, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ConsentFieldsFragment = { __typename?: 'Consent', id: string, status: ConsentStatus, purpose: LookupPurpose, scope: Array<ConsentScope>, grantedAt?: string | null, refusedAt?: string | null, withdrawnAt?: string | null, expiresAt: string, codeExpiresAt: string, requestedAt: string, cnicMasked: string };

export type RequestConsentMutationVariables = Exact<{
  input: RequestConsentInput;
}>;


export type RequestConsentMutation = { __typename?: 'Mutation', requestConsent: { __typename?: 'RequestConsentPayload', consent?: { __typename?: 'Consent', id: string, status: ConsentStatus, purpose: LookupPurpose, scope: Array<ConsentScope>, grantedAt?: string | null, refusedAt?: string | null, withdrawnAt?: string | null, expiresAt: string, codeExpiresAt: string, requestedAt: string, cnicMasked: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ConsentsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ConsentStatus>;
}>;


export type ConsentsQuery = { __typename?: 'Query', consents: { __typename?: 'ConsentConnection', totalCount: number, edges: Array<{ __typename?: 'ConsentEdge', node: { __typename?: 'Consent', id: string, status: ConsentStatus, purpose: LookupPurpose, scope: Array<ConsentScope>, grantedAt?: string | null, refusedAt?: string | null, withdrawnAt?: string | null, expiresAt: string, codeExpiresAt: string, requestedAt: string, cnicMasked: string } }> } };

export type ConsentNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsentNodeQuery = { __typename?: 'Query', node:
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'Citizen', id: string }
    | { __typename?: 'Consent', status: ConsentStatus, id: string }
    | { __typename?: 'Conviction', id: string }
    | { __typename?: 'DataQualityFlag', id: string }
    | { __typename?: 'Dispute', id: string }
    | { __typename?: 'Household', id: string }
    | { __typename?: 'LegalHold', id: string }
    | { __typename?: 'Member', id: string }
    | { __typename?: 'OffenderRecord', id: string }
    | { __typename?: 'PovertyScore', id: string }
    | { __typename?: 'RescoreJob', id: string }
    | { __typename?: 'ScorecardModel', id: string }
    | { __typename?: 'SecurityAlert', id: string }
    | { __typename?: 'Survey', id: string }
    | { __typename?: 'Watch', id: string }
   };

export type CheckWithReceiptQueryVariables = Exact<{
  input: OffenderCheckInput;
}>;


export type CheckWithReceiptQuery = { __typename?: 'Query', verifyOffender: { __typename?: 'OffenderCheck', checkId: string, result: OffenderCheckResult, reason?: OffenderCheckReason | null, message: string, receipt: string, disclosure:
      | { __typename: 'NameLine' }
      | { __typename: 'OffenderRecord' }
      | { __typename: 'ResultOnly' }
     } };

export type ChecksWithReceiptsQueryVariables = Exact<{
  inputs: Array<OffenderCheckInput> | OffenderCheckInput;
}>;


export type ChecksWithReceiptsQuery = { __typename?: 'Query', verifyOffenders: Array<{ __typename?: 'OffenderCheck', checkId: string, result: OffenderCheckResult, reason?: OffenderCheckReason | null, receipt: string, errors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> }> };

export type CheckReceiptQrQueryVariables = Exact<{
  input: OffenderCheckInput;
}>;


export type CheckReceiptQrQuery = { __typename?: 'Query', verifyOffender: { __typename?: 'OffenderCheck', checkId: string, receipt: string, receiptQr: string } };

export type EligibilityWithReceiptQueryVariables = Exact<{
  input: EligibilityInput;
}>;


export type EligibilityWithReceiptQuery = { __typename?: 'Query', eligibility: { __typename?: 'Eligibility', checkId: string, eligible: boolean, programme: ProgrammeCode, ruleVersion: number, receipt: string, receiptQr: string } };

export type RegistrationSlipQueryVariables = Exact<{
  trackingId: Scalars['String']['input'];
}>;


export type RegistrationSlipQuery = { __typename?: 'Query', registration: { __typename?: 'Registration', trackingId: string, kind: RegistrationKind, createdAt: string, trackingSlip: string, trackingSlipQr: string } };

export type DisputeFieldsFragment = { __typename?: 'Dispute', id: string, trackingId: string, kind: DisputeKind, status: DisputeStatus, cnicMasked: string, details: string, reference?: string | null, filedVia: DisputeChannel, filedAt: string, resolvedAt?: string | null, version: number, history: Array<{ __typename?: 'DisputeEvent', status: DisputeStatus, reason?: string | null, actorName: string, version: number, at: string }>, changes: Array<{ __typename?: 'DisputeChange', action: string, auditEventId: string, occurredAt: string }> };

export type FileDisputeMutationVariables = Exact<{
  input: FileDisputeInput;
}>;


export type FileDisputeMutation = { __typename?: 'Mutation', fileDispute: { __typename?: 'FileDisputePayload', dispute?: { __typename?: 'Dispute', trackingSlip: string, id: string, trackingId: string, kind: DisputeKind, status: DisputeStatus, cnicMasked: string, details: string, reference?: string | null, filedVia: DisputeChannel, filedAt: string, resolvedAt?: string | null, version: number, history: Array<{ __typename?: 'DisputeEvent', status: DisputeStatus, reason?: string | null, actorName: string, version: number, at: string }>, changes: Array<{ __typename?: 'DisputeChange', action: string, auditEventId: string, occurredAt: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type DisputeQueryVariables = Exact<{
  trackingId: Scalars['String']['input'];
}>;


export type DisputeQuery = { __typename?: 'Query', dispute: { __typename?: 'Dispute', id: string, trackingId: string, kind: DisputeKind, status: DisputeStatus, cnicMasked: string, details: string, reference?: string | null, filedVia: DisputeChannel, filedAt: string, resolvedAt?: string | null, version: number, history: Array<{ __typename?: 'DisputeEvent', status: DisputeStatus, reason?: string | null, actorName: string, version: number, at: string }>, changes: Array<{ __typename?: 'DisputeChange', action: string, auditEventId: string, occurredAt: string }> } };

export type DisputeForReviewerQueryVariables = Exact<{
  trackingId: Scalars['String']['input'];
}>;


export type DisputeForReviewerQuery = { __typename?: 'Query', dispute: { __typename?: 'Dispute', cnic?: string | null, id: string, trackingId: string, kind: DisputeKind, status: DisputeStatus, cnicMasked: string, details: string, reference?: string | null, filedVia: DisputeChannel, filedAt: string, resolvedAt?: string | null, version: number, history: Array<{ __typename?: 'DisputeEvent', status: DisputeStatus, reason?: string | null, actorName: string, version: number, at: string }>, changes: Array<{ __typename?: 'DisputeChange', action: string, auditEventId: string, occurredAt: string }> } };

export type DisputesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisputeFilter>;
}>;


export type DisputesQuery = { __typename?: 'Query', disputes: { __typename?: 'DisputeConnection', totalCount: number, edges: Array<{ __typename?: 'DisputeEdge', node: { __typename?: 'Dispute', cnic?: string | null, id: string, trackingId: string, kind: DisputeKind, status: DisputeStatus, cnicMasked: string, details: string, reference?: string | null, filedVia: DisputeChannel, filedAt: string, resolvedAt?: string | null, version: number, history: Array<{ __typename?: 'DisputeEvent', status: DisputeStatus, reason?: string | null, actorName: string, version: number, at: string }>, changes: Array<{ __typename?: 'DisputeChange', action: string, auditEventId: string, occurredAt: string }> } }> } };

export type ResolveDisputeMutationVariables = Exact<{
  input: ResolveDisputeInput;
}>;


export type ResolveDisputeMutation = { __typename?: 'Mutation', resolveDispute: { __typename?: 'ResolveDisputePayload', dispute?: { __typename?: 'Dispute', id: string, trackingId: string, kind: DisputeKind, status: DisputeStatus, cnicMasked: string, details: string, reference?: string | null, filedVia: DisputeChannel, filedAt: string, resolvedAt?: string | null, version: number, history: Array<{ __typename?: 'DisputeEvent', status: DisputeStatus, reason?: string | null, actorName: string, version: number, at: string }>, changes: Array<{ __typename?: 'DisputeChange', action: string, auditEventId: string, occurredAt: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type SubjectAccessReportQueryVariables = Exact<{
  input: SubjectAccessInput;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SubjectAccessReportQuery = { __typename?: 'Query', subjectAccessReport: { __typename?: 'SubjectAccessConnection', totalCount: number, cnicMasked: string, someEntriesWithheld: boolean, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'SubjectAccessEdge', node: { __typename?: 'SubjectAccess', occurredAt: string, kind: SubjectAccessKind, action: string, institution: string, role: Role, purpose?: LookupPurpose | null, consentRef?: string | null, outcome: string } }> } };

export type LegalHoldFieldsFragment = { __typename?: 'LegalHold', id: string, cnicMasked: string, reason: string, placedBy: string, placedAt: string, expiresAt?: string | null, liftedAt?: string | null, inForce: boolean, version: number, district: { __typename?: 'District', code: string } };

export type PlaceLegalHoldMutationVariables = Exact<{
  input: PlaceLegalHoldInput;
}>;


export type PlaceLegalHoldMutation = { __typename?: 'Mutation', placeLegalHold: { __typename?: 'LegalHoldPayload', legalHold?: { __typename?: 'LegalHold', id: string, cnicMasked: string, reason: string, placedBy: string, placedAt: string, expiresAt?: string | null, liftedAt?: string | null, inForce: boolean, version: number, district: { __typename?: 'District', code: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type LiftLegalHoldMutationVariables = Exact<{
  input: LiftLegalHoldInput;
}>;


export type LiftLegalHoldMutation = { __typename?: 'Mutation', liftLegalHold: { __typename?: 'LegalHoldPayload', legalHold?: { __typename?: 'LegalHold', id: string, cnicMasked: string, reason: string, placedBy: string, placedAt: string, expiresAt?: string | null, liftedAt?: string | null, inForce: boolean, version: number, district: { __typename?: 'District', code: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type LegalHoldsQueryVariables = Exact<{
  cnic: Scalars['Cnic']['input'];
}>;


export type LegalHoldsQuery = { __typename?: 'Query', legalHolds: Array<{ __typename?: 'LegalHold', id: string, cnicMasked: string, reason: string, placedBy: string, placedAt: string, expiresAt?: string | null, liftedAt?: string | null, inForce: boolean, version: number, district: { __typename?: 'District', code: string } }> };

export type CreateWatchOnConsentMutationVariables = Exact<{
  input: CreateWatchInput;
}>;


export type CreateWatchOnConsentMutation = { __typename?: 'Mutation', createWatch: { __typename?: 'CreateWatchPayload', watch?: { __typename?: 'Watch', id: string, consentId?: string | null, consentRef: string, state: WatchState, expiresAt: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type WatchStatesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WatchStatesQuery = { __typename?: 'Query', watches: { __typename?: 'WatchConnection', edges: Array<{ __typename?: 'WatchEdge', node: { __typename?: 'Watch', id: string, consentId?: string | null, state: WatchState, cancelledAt?: string | null } }> } };

export const DashboardCountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<DashboardCountFieldsFragment, unknown>;
export const DashboardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dashboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tehsil"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyedHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyedShare"}},{"kind":"Field","name":{"kind":"Name","value":"registrationsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoredHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"medianScore"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleByProgramme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flagsByCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<DashboardFieldsFragment, unknown>;
export const RegistrationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicantCnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"centreDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RegistrationFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnic"}},{"kind":"Field","name":{"kind":"Name","value":"bFormNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationToHead"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"maritalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInSchool"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"disability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfDeath"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MemberFieldsFragment, unknown>;
export const MaskedMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaskedMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaskedMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"bFormNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"relationToHead"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"maritalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInSchool"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"disability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<MaskedMemberFieldsFragment, unknown>;
export const IndicatorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"}},{"kind":"Field","name":{"kind":"Name","value":"wallMaterial"}},{"kind":"Field","name":{"kind":"Name","value":"roofMaterial"}},{"kind":"Field","name":{"kind":"Name","value":"toilet"}},{"kind":"Field","name":{"kind":"Name","value":"waterSource"}},{"kind":"Field","name":{"kind":"Name","value":"cookingFuel"}},{"kind":"Field","name":{"kind":"Name","value":"hasElectricity"}},{"kind":"Field","name":{"kind":"Name","value":"fridges"}},{"kind":"Field","name":{"kind":"Name","value":"televisions"}},{"kind":"Field","name":{"kind":"Name","value":"airConditioners"}},{"kind":"Field","name":{"kind":"Name","value":"washingMachines"}},{"kind":"Field","name":{"kind":"Name","value":"motorcycles"}},{"kind":"Field","name":{"kind":"Name","value":"cars"}},{"kind":"Field","name":{"kind":"Name","value":"tractors"}},{"kind":"Field","name":{"kind":"Name","value":"agriculturalLandAcres"}},{"kind":"Field","name":{"kind":"Name","value":"cattle"}},{"kind":"Field","name":{"kind":"Name","value":"buffaloes"}},{"kind":"Field","name":{"kind":"Name","value":"goatsAndSheep"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyIncomeRs"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPhoneBillRs"}},{"kind":"Field","name":{"kind":"Name","value":"memberTravelledAbroad"}}]}}]} as unknown as DocumentNode<IndicatorFieldsFragment, unknown>;
export const CheckFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OffenderCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkId"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResultOnly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NameLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"relativeName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"english"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OffenderRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnic"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CheckFieldsFragment, unknown>;
export const ConvictionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvictionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conviction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"convictionDate"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"registeringAgency"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastKnownAddress"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ConvictionFieldsFragment, unknown>;
export const ConsentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"codeExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}}]}}]} as unknown as DocumentNode<ConsentFieldsFragment, unknown>;
export const DisputeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"filedVia"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<DisputeFieldsFragment, unknown>;
export const LegalHoldFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LegalHoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"placedBy"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"liftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LegalHoldFieldsFragment, unknown>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectHash"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"consentRef"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardScope"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFields"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dashboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tehsil"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyedHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyedShare"}},{"kind":"Field","name":{"kind":"Name","value":"registrationsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoredHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"medianScore"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleByProgramme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flagsByCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardScope"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFields"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFields"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dashboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tehsil"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyedHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyedShare"}},{"kind":"Field","name":{"kind":"Name","value":"registrationsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoredHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"medianScore"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleByProgramme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flagsByCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCountFields"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardTreeQuery, DashboardTreeQueryVariables>;
export const StartRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicantCnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"centreDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<StartRegistrationMutation, StartRegistrationMutationVariables>;
export const SubmitSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tehsil"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicantCnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"centreDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"}},{"kind":"Field","name":{"kind":"Name","value":"wallMaterial"}},{"kind":"Field","name":{"kind":"Name","value":"roofMaterial"}},{"kind":"Field","name":{"kind":"Name","value":"toilet"}},{"kind":"Field","name":{"kind":"Name","value":"waterSource"}},{"kind":"Field","name":{"kind":"Name","value":"cookingFuel"}},{"kind":"Field","name":{"kind":"Name","value":"hasElectricity"}},{"kind":"Field","name":{"kind":"Name","value":"fridges"}},{"kind":"Field","name":{"kind":"Name","value":"televisions"}},{"kind":"Field","name":{"kind":"Name","value":"airConditioners"}},{"kind":"Field","name":{"kind":"Name","value":"washingMachines"}},{"kind":"Field","name":{"kind":"Name","value":"motorcycles"}},{"kind":"Field","name":{"kind":"Name","value":"cars"}},{"kind":"Field","name":{"kind":"Name","value":"tractors"}},{"kind":"Field","name":{"kind":"Name","value":"agriculturalLandAcres"}},{"kind":"Field","name":{"kind":"Name","value":"cattle"}},{"kind":"Field","name":{"kind":"Name","value":"buffaloes"}},{"kind":"Field","name":{"kind":"Name","value":"goatsAndSheep"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyIncomeRs"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPhoneBillRs"}},{"kind":"Field","name":{"kind":"Name","value":"memberTravelledAbroad"}}]}}]} as unknown as DocumentNode<SubmitSurveyMutation, SubmitSurveyMutationVariables>;
export const RegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Registration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicantCnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"centreDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RegistrationQuery, RegistrationQueryVariables>;
export const SurveyStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cnic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Cnic"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LookupPurpose"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consentRef"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cnic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cnic"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"consentRef"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consentRef"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageUrdu"}},{"kind":"Field","name":{"kind":"Name","value":"messageRomanUrdu"}}]}}]}}]} as unknown as DocumentNode<SurveyStatusQuery, SurveyStatusQueryVariables>;
export const HouseholdWholeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdWhole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tehsil"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestSurvey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnic"}},{"kind":"Field","name":{"kind":"Name","value":"bFormNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationToHead"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"maritalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInSchool"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"disability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfDeath"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<HouseholdWholeQuery, HouseholdWholeQueryVariables>;
export const HouseholdMaskedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdMasked"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maskedMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaskedMemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaskedMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaskedMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"bFormNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"relationToHead"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"maritalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInSchool"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"disability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<HouseholdMaskedQuery, HouseholdMaskedQueryVariables>;
export const HouseholdOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cnic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Cnic"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LookupPurpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cnic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cnic"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationToHead"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdOfQuery, HouseholdOfQueryVariables>;
export const HouseholdsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tehsil"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnic"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationToHead"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestSurvey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdsPageQuery, HouseholdsPageQueryVariables>;
export const HouseholdsMaskedPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdsMaskedPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maskedMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaskedMemberFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaskedMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaskedMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"bFormNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"relationToHead"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"maritalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInSchool"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"disability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<HouseholdsMaskedPageQuery, HouseholdsMaskedPageQueryVariables>;
export const DataQualityFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataQualityFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DataQualityFlagFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataQualityFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DataQualityFlagsQuery, DataQualityFlagsQueryVariables>;
export const MoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnic"}},{"kind":"Field","name":{"kind":"Name","value":"bFormNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationToHead"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"maritalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInSchool"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"disability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfDeath"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MoveMemberMutation, MoveMemberMutationVariables>;
export const RecordDeathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDeath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDeathInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDeath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnic"}},{"kind":"Field","name":{"kind":"Name","value":"bFormNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationToHead"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"maritalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInSchool"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"disability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfDeath"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordDeathMutation, RecordDeathMutationVariables>;
export const UpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnic"}},{"kind":"Field","name":{"kind":"Name","value":"bFormNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationToHead"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"maritalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInSchool"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"disability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfDeath"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const RejectRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicantCnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"centreDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RejectRegistrationMutation, RejectRegistrationMutationVariables>;
export const HouseholdNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdNodeQuery, HouseholdNodeQueryVariables>;
export const CitizenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Citizen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cnic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Cnic"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LookupPurpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cnic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cnic"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnic"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"relativeName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationProvince"}},{"kind":"Field","name":{"kind":"Name","value":"localityVerified"}}]}}]}}]} as unknown as DocumentNode<CitizenQuery, CitizenQueryVariables>;
export const MatchIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"matchedFields"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<MatchIdentityQuery, MatchIdentityQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citizen"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cnic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const VerifyOffenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyOffender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OffenderCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyOffender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OffenderCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkId"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResultOnly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NameLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"relativeName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"english"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OffenderRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnic"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VerifyOffenderQuery, VerifyOffenderQueryVariables>;
export const VerifyOffendersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyOffenders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OffenderCheckInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyOffenders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inputs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OffenderCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkId"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResultOnly"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NameLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"relativeName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"english"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OffenderRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnic"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VerifyOffendersQuery, VerifyOffendersQueryVariables>;
export const OffenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Offender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cnic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Cnic"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cnic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cnic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnic"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"relativeName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvictionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvictionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conviction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"convictionDate"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"registeringAgency"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastKnownAddress"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<OffenderQuery, OffenderQueryVariables>;
export const OffendersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Offenders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffenderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offenders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cnic"}},{"kind":"Field","name":{"kind":"Name","value":"convictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OffendersQuery, OffendersQueryVariables>;
export const RegisterConvictionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterConviction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterConvictionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerConviction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conviction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvictionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cnic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvictionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conviction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"convictionDate"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"registeringAgency"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastKnownAddress"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<RegisterConvictionMutation, RegisterConvictionMutationVariables>;
export const AmendConvictionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendConviction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendConvictionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendConviction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conviction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvictionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvictionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conviction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"convictionDate"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"registeringAgency"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastKnownAddress"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<AmendConvictionMutation, AmendConvictionMutationVariables>;
export const ChangeConvictionStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeConvictionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConvictionStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeConvictionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conviction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeConvictionStatusMutation, ChangeConvictionStatusMutationVariables>;
export const CreateWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"consentRef"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWatchMutation, CreateWatchMutationVariables>;
export const CancelWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelWatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelWatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelWatchMutation, CancelWatchMutationVariables>;
export const WatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Watches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WatchesQuery, WatchesQueryVariables>;
export const EligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Eligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"surveyDate"}}]}}]}}]} as unknown as DocumentNode<EligibilityQuery, EligibilityQueryVariables>;
export const EligibilityWithScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EligibilityWithScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"surveyDate"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}}]}}]}}]} as unknown as DocumentNode<EligibilityWithScoreQuery, EligibilityWithScoreQueryVariables>;
export const PovertyScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PovertyScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"povertyScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"surveyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"belowCutoff"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}}]}}]} as unknown as DocumentNode<PovertyScoreQuery, PovertyScoreQueryVariables>;
export const ScorecardModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScorecardModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecardModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"intercept"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"transform"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionAdjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]} as unknown as DocumentNode<ScorecardModelsQuery, ScorecardModelsQueryVariables>;
export const PublishScorecardModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishScorecardModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishScorecardModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishScorecardModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PublishScorecardModelMutation, PublishScorecardModelMutationVariables>;
export const ActivateScorecardModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateScorecardModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivateScorecardModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateScorecardModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ActivateScorecardModelMutation, ActivateScorecardModelMutationVariables>;
export const RescoreJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RescoreJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescoreJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<RescoreJobQuery, RescoreJobQueryVariables>;
export const SecurityAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityAlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAlertsQuery, SecurityAlertsQueryVariables>;
export const ReinstateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinstateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReinstateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReinstateClientMutation, ReinstateClientMutationVariables>;
export const RequestConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"codeExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}}]}}]} as unknown as DocumentNode<RequestConsentMutation, RequestConsentMutationVariables>;
export const ConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Consents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"codeExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}}]}}]} as unknown as DocumentNode<ConsentsQuery, ConsentsQueryVariables>;
export const ConsentNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsentNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsentNodeQuery, ConsentNodeQueryVariables>;
export const CheckWithReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckWithReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OffenderCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyOffender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<CheckWithReceiptQuery, CheckWithReceiptQueryVariables>;
export const ChecksWithReceiptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChecksWithReceipts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OffenderCheckInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyOffenders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inputs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}}]}}]}}]} as unknown as DocumentNode<ChecksWithReceiptsQuery, ChecksWithReceiptsQueryVariables>;
export const CheckReceiptQrDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckReceiptQr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OffenderCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyOffender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkId"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}},{"kind":"Field","name":{"kind":"Name","value":"receiptQr"}}]}}]}}]} as unknown as DocumentNode<CheckReceiptQrQuery, CheckReceiptQrQueryVariables>;
export const EligibilityWithReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EligibilityWithReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkId"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}},{"kind":"Field","name":{"kind":"Name","value":"receiptQr"}}]}}]}}]} as unknown as DocumentNode<EligibilityWithReceiptQuery, EligibilityWithReceiptQueryVariables>;
export const RegistrationSlipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationSlip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"trackingSlip"}},{"kind":"Field","name":{"kind":"Name","value":"trackingSlipQr"}}]}}]}}]} as unknown as DocumentNode<RegistrationSlipQuery, RegistrationSlipQueryVariables>;
export const FileDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileDisputeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}},{"kind":"Field","name":{"kind":"Name","value":"trackingSlip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"filedVia"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<FileDisputeMutation, FileDisputeMutationVariables>;
export const DisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"filedVia"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<DisputeQuery, DisputeQueryVariables>;
export const DisputeForReviewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisputeForReviewer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}},{"kind":"Field","name":{"kind":"Name","value":"cnic"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"filedVia"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<DisputeForReviewerQuery, DisputeForReviewerQueryVariables>;
export const DisputesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Disputes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}},{"kind":"Field","name":{"kind":"Name","value":"cnic"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"filedVia"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<DisputesQuery, DisputesQueryVariables>;
export const ResolveDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveDisputeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"filedVia"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<ResolveDisputeMutation, ResolveDisputeMutationVariables>;
export const SubjectAccessReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectAccessReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectAccessInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectAccessReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"someEntriesWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"consentRef"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubjectAccessReportQuery, SubjectAccessReportQueryVariables>;
export const PlaceLegalHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceLegalHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceLegalHoldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeLegalHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalHold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LegalHoldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LegalHoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"placedBy"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"liftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PlaceLegalHoldMutation, PlaceLegalHoldMutationVariables>;
export const LiftLegalHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiftLegalHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiftLegalHoldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liftLegalHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalHold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LegalHoldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LegalHoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"placedBy"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"liftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LiftLegalHoldMutation, LiftLegalHoldMutationVariables>;
export const LegalHoldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalHolds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cnic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Cnic"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalHolds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cnic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cnic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LegalHoldFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LegalHoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"placedBy"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"liftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LegalHoldsQuery, LegalHoldsQueryVariables>;
export const CreateWatchOnConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWatchOnConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"consentRef"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWatchOnConsentMutation, CreateWatchOnConsentMutationVariables>;
export const WatchStatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WatchStates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WatchStatesQuery, WatchStatesQueryVariables>;