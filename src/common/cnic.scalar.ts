import { GraphQLScalarType, Kind } from 'graphql';
import { CNIC_FORMAT_MESSAGE, parseCnic, readCnic, type Cnic } from './cnic';
import { ScalarInputError } from './errors';

function parse(value: unknown): Cnic {
  const cnic = readCnic(value);
  // The message explains the format and never contains the value: a mistyped CNIC is still someone's.
  if (!cnic) throw new ScalarInputError(CNIC_FORMAT_MESSAGE);
  return cnic;
}

export const CnicScalar = new GraphQLScalarType<Cnic, string>({
  name: 'Cnic',
  description:
    'Computerised National Identity Card number (or B-form number): 13 digits. Accepts `12345-1234567-1` or ' +
    '`1234512345671`, also with spaces or dots between the digits and in Urdu (۰-۹) or Arabic-Indic (٠-٩) digits, as ' +
    'the SMS channel does; always serialised as 13 ASCII digits. The first digit is the province of registration and ' +
    'the last the gender (odd male, even female), so a CNIC is personal data.',
  serialize: (value) => {
    const cnic = parseCnic(value);
    if (!cnic) throw new Error('Cnic cannot serialise a value that is not a CNIC');
    return cnic;
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new ScalarInputError(CNIC_FORMAT_MESSAGE);
    return parse(ast.value);
  },
});
