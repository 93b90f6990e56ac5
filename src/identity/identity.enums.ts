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
  STRONG = 'STRONG',
  PARTIAL = 'PARTIAL',
  CONFLICT = 'CONFLICT',
  NOT_FOUND = 'NOT_FOUND',
}

registerEnumType(IdentityMatchGrade, {
  name: 'IdentityMatchGrade',
  description:
    'How well supplied details match the identity record at a CNIC, strongest first. An offender check answers ' +
    'REFER_TO_LAW_ENFORCEMENT on CONFLICT (see docs/matching.md).',
  valuesConfig: {
    EXACT: {
      description: 'The name and at least one of father\'s name / date of birth were given, and all given match as written (ignoring case, spacing, punctuation and diacritics).',
    },
    STRONG: {
      description:
        'The name and at least one other detail were given and every detail given agrees, some only as a spelling ' +
        'variant (Mehmood/Mahmood, Syed dropped, Abdurrehman/Abdul Rehman), an initial (M. Ali) while the other name ' +
        'is spelled out, or a date that agrees with a year-only record.',
    },
    PARTIAL: {
      description:
        'The CNIC exists and nothing given contradicts it, but too little agrees to be sure: only the CNIC or only ' +
        'one detail, only initials, or a date of birth that is near but not equal (DAY_MONTH_SWAPPED, ONE_DIGIT).',
    },
    CONFLICT: {
      description:
        'A detail given clearly contradicts the record at this CNIC (a different name, father\'s name or date of ' +
        'birth): it may be someone else\'s. Check the CNIC for a typo.',
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
  VARIANT = 'VARIANT',
  INITIAL = 'INITIAL',
  DAY_MONTH_SWAPPED = 'DAY_MONTH_SWAPPED',
  YEAR_ONLY = 'YEAR_ONLY',
  ONE_DIGIT = 'ONE_DIGIT',
  MISMATCH = 'MISMATCH',
  NOT_PROVIDED = 'NOT_PROVIDED',
}

registerEnumType(FieldMatchOutcome, {
  name: 'FieldMatchOutcome',
  description: 'The comparison of one detail, strongest agreement first. `matchedFields` lists MATCH, VARIANT and YEAR_ONLY.',
  valuesConfig: {
    MATCH: { description: 'Equal as written, ignoring case, spacing, punctuation and diacritics (Urdu: Arabic code points of the same letter too).' },
    VARIANT: {
      description:
        'The same name spelled another way: transliteration (Mehmood/Mahmood, Qasim/Kasim), a compound joined or ' +
        'split, a title, caste name, leading Muhammad or patronymic present on one side only. Counts as matched.',
    },
    INITIAL: { description: 'Compatible, with a word given only as its initial (M. Ali for Muhammad Ali). Not counted as matched.' },
    DAY_MONTH_SWAPPED: { description: 'Date of birth: the same date with day and month exchanged. Not counted as matched.' },
    YEAR_ONLY: {
      description:
        'Date of birth: the years agree and one of the two dates is 1 January, the stand-in for a year-only date ' +
        '(old NICs). Counts as matched.',
    },
    ONE_DIGIT: { description: 'Date of birth: one digit differs. Not counted as matched.' },
    MISMATCH: { description: 'Differs from the record.' },
    NOT_PROVIDED: { description: 'Not given.' },
  },
});
