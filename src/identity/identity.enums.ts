import { registerEnumType } from 'type-graphql';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

registerEnumType(Gender, { name: 'Gender', description: 'Gender as recorded by NADRA (also the parity of the CNIC\'s last digit).' });

/** How the second name on the card relates to the holder. */
export enum Relation {
  SON_OF = 'SON_OF',
  DAUGHTER_OF = 'DAUGHTER_OF',
  WIFE_OF = 'WIFE_OF',
}

registerEnumType(Relation, {
  name: 'Relation',
  description: 'The relation written on the identity card: s/o, d/o or w/o (ولد، بنت، زوجہ).',
  valuesConfig: {
    SON_OF: { description: 's/o (ولد): the relative is the father.' },
    DAUGHTER_OF: { description: 'd/o (بنت): the relative is the father.' },
    WIFE_OF: { description: 'w/o (زوجہ): the relative is the husband.' },
  },
});

export enum IdentityMatchGrade {
  EXACT = 'EXACT',
  PARTIAL = 'PARTIAL',
  CONFLICT = 'CONFLICT',
  NOT_FOUND = 'NOT_FOUND',
}

registerEnumType(IdentityMatchGrade, {
  name: 'IdentityMatchGrade',
  description: 'How well supplied details match the identity record at a CNIC.',
  valuesConfig: {
    EXACT: { description: 'The name and at least one of father\'s name / date of birth were given, and all given match.' },
    PARTIAL: { description: 'The CNIC exists; some details differ (not the name), or too few were given to be sure.' },
    CONFLICT: {
      description: 'The record at this CNIC is someone else: the name differs, or nothing given matches. Check the CNIC for a typo.',
    },
    NOT_FOUND: { description: 'No identity record has this CNIC.' },
  },
});

export enum IdentityField {
  NAME = 'NAME',
  FATHER_NAME = 'FATHER_NAME',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
}

registerEnumType(IdentityField, { name: 'IdentityField', description: 'A detail compared by `matchIdentity`.' });

export enum FieldMatchOutcome {
  MATCH = 'MATCH',
  MISMATCH = 'MISMATCH',
  NOT_PROVIDED = 'NOT_PROVIDED',
}

registerEnumType(FieldMatchOutcome, { name: 'FieldMatchOutcome', description: 'The comparison of one detail.' });
