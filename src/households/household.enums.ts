import { registerEnumType } from 'type-graphql';

/** Registers an enum whose values each carry a description (every public enum value is described). */
function describe<T extends Record<string, string>>(e: T, name: string, description: string, values: Record<keyof T, string>): void {
  registerEnumType(e, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(values).map(([k, d]) => [k, { description: d }])) as never,
  });
}

export enum Area {
  URBAN = 'URBAN',
  RURAL = 'RURAL',
}
describe(Area, 'Area', 'Whether the dwelling is in an urban or a rural area (scorecards adjust by it).', {
  URBAN: 'Urban area.',
  RURAL: 'Rural area.',
});

export enum RelationToHead {
  HEAD = 'HEAD',
  SPOUSE = 'SPOUSE',
  SON = 'SON',
  DAUGHTER = 'DAUGHTER',
  PARENT = 'PARENT',
  SIBLING = 'SIBLING',
  GRANDCHILD = 'GRANDCHILD',
  CHILD_IN_LAW = 'CHILD_IN_LAW',
  OTHER_RELATIVE = 'OTHER_RELATIVE',
  NON_RELATIVE = 'NON_RELATIVE',
}
describe(RelationToHead, 'RelationToHead', 'How a member is related to the head of the household.', {
  HEAD: 'The head of the household (exactly one per household).',
  SPOUSE: 'Wife or husband of the head.',
  SON: 'Son of the head.',
  DAUGHTER: 'Daughter of the head.',
  PARENT: 'Mother or father of the head.',
  SIBLING: 'Brother or sister of the head.',
  GRANDCHILD: 'Grandchild of the head.',
  CHILD_IN_LAW: 'Son- or daughter-in-law of the head.',
  OTHER_RELATIVE: 'Another relative.',
  NON_RELATIVE: 'Lives in the household, not related.',
});

export enum MaritalStatus {
  NEVER_MARRIED = 'NEVER_MARRIED',
  MARRIED = 'MARRIED',
  WIDOWED = 'WIDOWED',
  DIVORCED = 'DIVORCED',
}
describe(MaritalStatus, 'MaritalStatus', 'Marital status of a member.', {
  NEVER_MARRIED: 'Never married.',
  MARRIED: 'Currently married.',
  WIDOWED: 'Widowed.',
  DIVORCED: 'Divorced or separated.',
});

export enum EducationLevel {
  NONE = 'NONE',
  PRIMARY = 'PRIMARY',
  MIDDLE = 'MIDDLE',
  MATRIC = 'MATRIC',
  INTERMEDIATE = 'INTERMEDIATE',
  GRADUATE = 'GRADUATE',
  POSTGRADUATE = 'POSTGRADUATE',
}
describe(EducationLevel, 'EducationLevel', 'Highest level of education completed.', {
  NONE: 'No schooling completed.',
  PRIMARY: 'Primary (class 5).',
  MIDDLE: 'Middle (class 8).',
  MATRIC: 'Matriculation (class 10).',
  INTERMEDIATE: 'Intermediate (class 12).',
  GRADUATE: 'Bachelor\'s degree.',
  POSTGRADUATE: 'Master\'s degree or higher.',
});

export enum Employment {
  GOVERNMENT = 'GOVERNMENT',
  PRIVATE = 'PRIVATE',
  SELF_EMPLOYED = 'SELF_EMPLOYED',
  AGRICULTURE = 'AGRICULTURE',
  DAILY_WAGE = 'DAILY_WAGE',
  UNEMPLOYED = 'UNEMPLOYED',
  NOT_IN_LABOUR_FORCE = 'NOT_IN_LABOUR_FORCE',
}
describe(Employment, 'Employment', 'Main economic activity of a member.', {
  GOVERNMENT: 'Government employee (an exclusion filter of some programmes).',
  PRIVATE: 'Salaried private employee.',
  SELF_EMPLOYED: 'Self-employed or own business.',
  AGRICULTURE: 'Works on own or rented farm land.',
  DAILY_WAGE: 'Daily-wage or casual labour.',
  UNEMPLOYED: 'Looking for work.',
  NOT_IN_LABOUR_FORCE: 'Not working and not looking: children, students, homemakers, the elderly.',
});

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  DECEASED = 'DECEASED',
}
describe(MemberStatus, 'MemberStatus', 'Whether a member is living in the household.', {
  ACTIVE: 'Living member of the household.',
  DECEASED: 'Died; kept on the roster as history (see `dateOfDeath`).',
});

export enum IdentityDocument {
  CNIC = 'CNIC',
  B_FORM = 'B_FORM',
}
describe(IdentityDocument, 'IdentityDocument', 'Which NADRA number identifies a member.', {
  CNIC: 'Computerised National Identity Card (adults); checked against the identity mirror.',
  B_FORM: 'Child registration certificate (B-form) number, same 13-digit shape.',
});

export enum WallMaterial {
  MUD = 'MUD',
  UNBAKED_BRICK = 'UNBAKED_BRICK',
  BAKED_BRICK = 'BAKED_BRICK',
  CONCRETE = 'CONCRETE',
  WOOD_BAMBOO = 'WOOD_BAMBOO',
  OTHER = 'OTHER',
}
describe(WallMaterial, 'WallMaterial', 'Main material of the dwelling\'s outer walls.', {
  MUD: 'Mud.',
  UNBAKED_BRICK: 'Unbaked (sun-dried) brick.',
  BAKED_BRICK: 'Baked brick or block.',
  CONCRETE: 'Concrete.',
  WOOD_BAMBOO: 'Wood or bamboo.',
  OTHER: 'Other material.',
});

export enum RoofMaterial {
  THATCH = 'THATCH',
  WOOD_BAMBOO = 'WOOD_BAMBOO',
  IRON_SHEET = 'IRON_SHEET',
  CONCRETE = 'CONCRETE',
  OTHER = 'OTHER',
}
describe(RoofMaterial, 'RoofMaterial', 'Main material of the dwelling\'s roof.', {
  THATCH: 'Thatch, straw or mud.',
  WOOD_BAMBOO: 'Wood or bamboo.',
  IRON_SHEET: 'Iron or cement sheets.',
  CONCRETE: 'Reinforced concrete (RCC/RBC).',
  OTHER: 'Other material.',
});

export enum Toilet {
  NONE = 'NONE',
  PIT = 'PIT',
  FLUSH_SHARED = 'FLUSH_SHARED',
  FLUSH_PRIVATE = 'FLUSH_PRIVATE',
}
describe(Toilet, 'Toilet', 'Toilet facility of the household.', {
  NONE: 'No toilet (open field).',
  PIT: 'Pit latrine.',
  FLUSH_SHARED: 'Flush toilet shared with other households.',
  FLUSH_PRIVATE: 'Flush toilet for this household only.',
});

export enum WaterSource {
  PIPED = 'PIPED',
  HAND_PUMP = 'HAND_PUMP',
  MOTOR_PUMP = 'MOTOR_PUMP',
  WELL = 'WELL',
  TANKER = 'TANKER',
  SURFACE = 'SURFACE',
  OTHER = 'OTHER',
}
describe(WaterSource, 'WaterSource', 'Main source of drinking water.', {
  PIPED: 'Piped water.',
  HAND_PUMP: 'Hand pump.',
  MOTOR_PUMP: 'Motor pump or tube well.',
  WELL: 'Dug well.',
  TANKER: 'Tanker or bought water.',
  SURFACE: 'River, canal, pond or spring.',
  OTHER: 'Other source.',
});

export enum CookingFuel {
  WOOD = 'WOOD',
  DUNG_CROP = 'DUNG_CROP',
  KEROSENE = 'KEROSENE',
  LPG = 'LPG',
  GAS = 'GAS',
  ELECTRICITY = 'ELECTRICITY',
  OTHER = 'OTHER',
}
describe(CookingFuel, 'CookingFuel', 'Main cooking fuel.', {
  WOOD: 'Firewood.',
  DUNG_CROP: 'Dung cakes or crop residue.',
  KEROSENE: 'Kerosene.',
  LPG: 'Bottled LPG.',
  GAS: 'Piped natural gas.',
  ELECTRICITY: 'Electricity.',
  OTHER: 'Other fuel.',
});

/** The answer `surveyStatus` gives, as the 8171 service does. */
export enum SurveyStatus {
  NOT_SURVEYED = 'NOT_SURVEYED',
  PENDING_VERIFICATION = 'PENDING_VERIFICATION',
  ELIGIBLE = 'ELIGIBLE',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
}
describe(SurveyStatus, 'SurveyStatus', 'Where a person\'s household stands in the registry.', {
  NOT_SURVEYED: 'Not in a surveyed household: visit a registration centre ("Aap ka survey mukammal nahi").',
  PENDING_VERIFICATION: 'Registered; the latest survey is not yet scored, so eligibility is pending verification.',
  ELIGIBLE: 'Registered; the latest survey was scored eligible.',
  NOT_ELIGIBLE: 'Registered; the latest survey was scored not eligible.',
});

/** What scoring concluded about a survey; null on the survey until the scorecard (issue #5) sets it. */
export enum EligibilityOutcome {
  ELIGIBLE = 'ELIGIBLE',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
}

export enum RegistrationKind {
  NEW_SURVEY = 'NEW_SURVEY',
  ROSTER_UPDATE = 'ROSTER_UPDATE',
}
describe(RegistrationKind, 'RegistrationKind', 'What a registration at a centre will do, decided by screening the CNIC.', {
  NEW_SURVEY: 'The person is in no surveyed household: a new household survey.',
  ROSTER_UPDATE: 'The person\'s household is surveyed: update its roster and indicators (a new survey version).',
});

export enum RegistrationStatus {
  RECEIVED = 'RECEIVED',
  SURVEY_SCHEDULED = 'SURVEY_SCHEDULED',
  SURVEYED = 'SURVEYED',
  VALIDATED = 'VALIDATED',
  SCORED = 'SCORED',
  REJECTED = 'REJECTED',
}
describe(RegistrationStatus, 'RegistrationStatus', 'A step of a registration\'s timeline.', {
  RECEIVED: 'The CNIC was screened at the centre and a tracking ID issued.',
  SURVEY_SCHEDULED: 'A survey (new or roster update) is due.',
  SURVEYED: 'The household survey was submitted.',
  VALIDATED: 'The survey passed validation (identity checks may still have raised data-quality flags).',
  SCORED: 'The survey was scored by the poverty scorecard.',
  REJECTED: 'The registration was rejected; the event carries the reason.',
});

export enum FlagCode {
  NAME_MISMATCH = 'NAME_MISMATCH',
  GENDER_MISMATCH = 'GENDER_MISMATCH',
  BIRTH_DATE_MISMATCH = 'BIRTH_DATE_MISMATCH',
  LOCALITY_UNVERIFIED = 'LOCALITY_UNVERIFIED',
  HEAD_DECEASED = 'HEAD_DECEASED',
}
describe(FlagCode, 'FlagCode', 'A data-quality concern about a household.', {
  NAME_MISMATCH: 'A member\'s name differs from the identity record at the CNIC.',
  GENDER_MISMATCH: 'A member\'s gender differs from the identity record at the CNIC.',
  BIRTH_DATE_MISMATCH: 'A member\'s date of birth differs from the identity record at the CNIC.',
  LOCALITY_UNVERIFIED: 'A member\'s CNIC starts with a digit that is not a published province code.',
  HEAD_DECEASED: 'The head of the household has died; the next survey must name a new head.',
});

export enum FlagSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
describe(FlagSeverity, 'FlagSeverity', 'How much a data-quality flag matters.', {
  LOW: 'Informational.',
  MEDIUM: 'Check at the next visit.',
  HIGH: 'Check before relying on the household\'s data.',
});

export const FLAG_SEVERITY: Record<FlagCode, FlagSeverity> = {
  [FlagCode.NAME_MISMATCH]: FlagSeverity.MEDIUM,
  [FlagCode.GENDER_MISMATCH]: FlagSeverity.HIGH,
  [FlagCode.BIRTH_DATE_MISMATCH]: FlagSeverity.MEDIUM,
  [FlagCode.LOCALITY_UNVERIFIED]: FlagSeverity.LOW,
  [FlagCode.HEAD_DECEASED]: FlagSeverity.HIGH,
};
