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

/** Gender as recorded by NADRA (also the parity of the CNIC's last digit). */
export type Gender =
  | 'FEMALE'
  | 'MALE';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Lifts a client's suspension and resolves its open alerts. ADMIN. Audited. */
  reinstateClient: ReinstateClientPayload;
};


export type MutationReinstateClientArgs = {
  input: ReinstateClientInput;
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
  /** Grades a name, father's name and date of birth against the identity record at a CNIC, without returning the record. For institutions and agencies. Audited. */
  matchIdentity: IdentityMatch;
  /** Fetches an object by its global ID, if you may see it. */
  node: Node;
  /** Fetches up to 100 objects by global ID; null where not visible. */
  nodes: Array<Maybe<Node>>;
  /** Security alerts raised by the enumeration detectors, newest first. ADMIN and AUDITOR. */
  securityAlerts: SecurityAlertConnection;
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


export type QueryMatchIdentityArgs = {
  input: MatchIdentityInput;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QuerySecurityAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SecurityAlertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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

/** The relation written on the identity card: s/o, d/o or w/o (ولد، بنت، زوجہ). */
export type Relation =
  /** d/o (بنت): the relative is the father. */
  | 'DAUGHTER_OF'
  /** s/o (ولد): the relative is the father. */
  | 'SON_OF'
  /** w/o (زوجہ): the relative is the husband. */
  | 'WIFE_OF';

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
  /** Number of items matching the filter, across all pages. */
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
  /** Too many lookups found nobody: guessing CNICs. Client suspended. */
  | 'NOT_FOUND_SHARE'
  /** A burst of lookups between 00:00 and 05:00 Pakistan time. Client suspended. */
  | 'ODD_HOUR_BURST'
  /** Lookups walk consecutive CNICs. Client suspended. */
  | 'SEQUENTIAL_CNICS';

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

export type AuditEventsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditEventEdge', cursor: string, node: { __typename?: 'AuditEvent', id: string, occurredAt: string, actorKind: string, actorId: string, clientId?: string | null, clientName: string, role: Role, action: string, subjectHash?: string | null, purpose?: LookupPurpose | null, consentRef?: string | null, requestId: string, outcome: string, detail?: Record<string, unknown> | null } }> } };

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
    | { __typename: 'SecurityAlert', id: string }
   };

export type SecurityAlertsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<SecurityAlertFilter>;
}>;


export type SecurityAlertsQuery = { __typename?: 'Query', securityAlerts: { __typename?: 'SecurityAlertConnection', totalCount: number, edges: Array<{ __typename?: 'SecurityAlertEdge', node: { __typename?: 'SecurityAlert', id: string, raisedAt: string, clientId: string, clientName: string, kind: SecurityAlertKind, detail: Record<string, unknown>, resolvedAt?: string | null, resolvedBy?: string | null } }> } };

export type ReinstateClientMutationVariables = Exact<{
  input: ReinstateClientInput;
}>;


export type ReinstateClientMutation = { __typename?: 'Mutation', reinstateClient: { __typename?: 'ReinstateClientPayload', clientId?: string | null, resolvedAlerts: number, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };


export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectHash"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"consentRef"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const CitizenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Citizen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cnic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Cnic"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LookupPurpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cnic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cnic"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cnic"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"relativeName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latin"}},{"kind":"Field","name":{"kind":"Name","value":"urdu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationProvince"}},{"kind":"Field","name":{"kind":"Name","value":"localityVerified"}}]}}]}}]} as unknown as DocumentNode<CitizenQuery, CitizenQueryVariables>;
export const MatchIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cnicMasked"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"matchedFields"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<MatchIdentityQuery, MatchIdentityQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citizen"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cnic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const SecurityAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityAlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SecurityAlertsQuery, SecurityAlertsQueryVariables>;
export const ReinstateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinstateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReinstateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReinstateClientMutation, ReinstateClientMutationVariables>;