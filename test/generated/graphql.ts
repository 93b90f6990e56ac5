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
  /** Computerised National Identity Card number (or B-form number): 13 digits. Accepts `12345-1234567-1` or `1234512345671`; always serialised as 13 digits. The first digit is the province of registration and the last the gender (odd male, even female), so a CNIC is personal data. */
  Cnic: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
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
  /** Number of items matching the filter, across all pages. */
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
  /** Number of items matching the filter, across all pages. */
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
  /** Whether it matched the record. */
  outcome: FieldMatchOutcome;
};

/** The comparison of one detail. */
export type FieldMatchOutcome =
  | 'MATCH'
  | 'MISMATCH'
  | 'NOT_PROVIDED';

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
  /** Number of items matching the filter, across all pages. */
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
  /** The details that matched. */
  matchedFields: Array<IdentityField>;
};

/** How well supplied details match the identity record at a CNIC. */
export type IdentityMatchGrade =
  /** The record at this CNIC is someone else: the name differs, or nothing given matches. Check the CNIC for a typo. */
  | 'CONFLICT'
  /** The name and at least one of father's name / date of birth were given, and all given match. */
  | 'EXACT'
  /** No identity record has this CNIC. */
  | 'NOT_FOUND'
  /** The CNIC exists; some details differ (not the name), or too few were given to be sure. */
  | 'PARTIAL';

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
  /** Moves a member to another household in your jurisdiction. */
  moveMember: MemberPayload;
  /** Records a member's death; the member stays on the roster as DECEASED. */
  recordDeath: MemberPayload;
  /** Rejects a registration awaiting its survey, with the reason (REJECTED in its timeline). */
  rejectRegistration: RejectRegistrationPayload;
  /** Screens a CNIC at a centre: opens a ROSTER_UPDATE if the person is in a surveyed household, else a NEW_SURVEY. */
  startRegistration: StartRegistrationPayload;
  /** Submits the whole household survey for a registration. Everything is validated first; valid input creates or updates the household and its members and adds a survey version. */
  submitSurvey: SubmitSurveyPayload;
  /** Corrects a member's survey answers between surveys. */
  updateMember: MemberPayload;
};


export type MutationMoveMemberArgs = {
  input: MoveMemberInput;
};


export type MutationRecordDeathArgs = {
  input: RecordDeathInput;
};


export type MutationRejectRegistrationArgs = {
  input: RejectRegistrationInput;
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

/** An object with a stable, opaque global ID that `node(id:)` can refetch. */
export type Node = {
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** The audit log, newest first. AUDITOR only. */
  auditEvents: AuditEventConnection;
  /** The identity record at a CNIC, within your jurisdiction (NOT_FOUND otherwise). WELFARE_OFFICER, REGISTRATION_CENTRE and LAW_ENFORCEMENT. Audited. */
  citizen: Citizen;
  /** Open data-quality flags of households in your jurisdiction, newest first. */
  dataQualityFlags: DataQualityFlagConnection;
  /** A household by global ID, within your jurisdiction (NOT_FOUND otherwise). Audited. */
  household: Household;
  /** The household a person lives in, within your jurisdiction (NOT_FOUND otherwise, alike). Audited. */
  householdOf: Household;
  /** Households in your jurisdiction, newest first. Each page is audited. */
  households: HouseholdConnection;
  /** Grades a name, father's name and date of birth against the identity record at a CNIC, without returning the record. For institutions and agencies. Audited. */
  matchIdentity: IdentityMatch;
  /** Fetches an object by its global ID, if you may see it. */
  node: Node;
  /** Fetches up to 100 objects by global ID; null where not visible. */
  nodes: Array<Maybe<Node>>;
  /** A registration and its status timeline, by tracking ID, within your jurisdiction. */
  registration: Registration;
  /** Is this person in a surveyed household, and is it eligible? The 8171-style answer in English, Urdu and Roman Urdu, and nothing else about the household. National. Audited. */
  surveyStatus: SurveyStatusAnswer;
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


export type QueryDataQualityFlagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DataQualityFlagFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryMatchIdentityArgs = {
  input: MatchIdentityInput;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryRegistrationArgs = {
  trackingId: Scalars['String']['input'];
};


export type QuerySurveyStatusArgs = {
  cnic: Scalars['Cnic']['input'];
  consentRef?: InputMaybe<Scalars['String']['input']>;
  purpose?: InputMaybe<LookupPurpose>;
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
  /** Your role or jurisdiction does not allow this change. */
  | 'FORBIDDEN'
  /** An input value is invalid; `field` says which. */
  | 'INVALID'
  /** A referenced record does not exist (or is outside your jurisdiction). */
  | 'NOT_FOUND'
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

export type AuditEventsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditEventEdge', cursor: string, node: { __typename?: 'AuditEvent', id: string, occurredAt: string, actorKind: string, actorId: string, clientId?: string | null, clientName: string, role: Role, action: string, subjectHash?: string | null, purpose?: LookupPurpose | null, consentRef?: string | null, requestId: string, outcome: string, detail?: Record<string, unknown> | null } }> } };

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
    | { __typename: 'DataQualityFlag', id: string }
    | { __typename: 'Household', status: SurveyStatus, id: string }
    | { __typename: 'Member', name: string, id: string }
    | { __typename: 'Survey', version: number, id: string }
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
    | { __typename: 'DataQualityFlag', id: string }
    | { __typename: 'Household', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'Survey', id: string }
   };

export const RegistrationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicantCnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"centreDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RegistrationFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnic"}},{"kind":"Field","name":{"kind":"Name","value":"bFormNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationToHead"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"maritalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInSchool"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"disability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfDeath"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MemberFieldsFragment, unknown>;
export const MaskedMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaskedMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaskedMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"bFormNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"relationToHead"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"maritalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"educationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledInSchool"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"disability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<MaskedMemberFieldsFragment, unknown>;
export const IndicatorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"}},{"kind":"Field","name":{"kind":"Name","value":"wallMaterial"}},{"kind":"Field","name":{"kind":"Name","value":"roofMaterial"}},{"kind":"Field","name":{"kind":"Name","value":"toilet"}},{"kind":"Field","name":{"kind":"Name","value":"waterSource"}},{"kind":"Field","name":{"kind":"Name","value":"cookingFuel"}},{"kind":"Field","name":{"kind":"Name","value":"hasElectricity"}},{"kind":"Field","name":{"kind":"Name","value":"fridges"}},{"kind":"Field","name":{"kind":"Name","value":"televisions"}},{"kind":"Field","name":{"kind":"Name","value":"airConditioners"}},{"kind":"Field","name":{"kind":"Name","value":"washingMachines"}},{"kind":"Field","name":{"kind":"Name","value":"motorcycles"}},{"kind":"Field","name":{"kind":"Name","value":"cars"}},{"kind":"Field","name":{"kind":"Name","value":"tractors"}},{"kind":"Field","name":{"kind":"Name","value":"agriculturalLandAcres"}},{"kind":"Field","name":{"kind":"Name","value":"cattle"}},{"kind":"Field","name":{"kind":"Name","value":"buffaloes"}},{"kind":"Field","name":{"kind":"Name","value":"goatsAndSheep"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyIncomeRs"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPhoneBillRs"}},{"kind":"Field","name":{"kind":"Name","value":"memberTravelledAbroad"}}]}}]} as unknown as DocumentNode<IndicatorFieldsFragment, unknown>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectHash"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"consentRef"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
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