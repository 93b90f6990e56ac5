import { feature } from '../pipeline/feature';
import { ALLOWED_PURPOSES } from '../audit/purpose';
import { CitizenEntity } from './citizen.entity';
import { IdentityResolver } from './identity.resolver';
import { CITIZEN_TYPE, IdentityService } from './identity.service';

export { CitizenEntity } from './citizen.entity';
export { Citizen } from './citizen.type';
export { FieldMatchOutcome, Gender, IdentityField, IdentityMatchGrade, Relation } from './identity.enums';
export { FieldMatch, IdentityMatch, MatchIdentityInput } from './identity-match.type';
export type { IdentityRecord } from './identity-record';
export { namesMatch, normaliseLatinName, normaliseUrduName } from './name-match';
export { CITIZEN_TYPE, gradeMatch, IdentityService } from './identity.service';

/** The identity mirror (NADRA): citizens by CNIC, read in jurisdiction, and details graded against them. */
export const identity = feature<IdentityService>({
  name: 'identity',
  entities: [CitizenEntity],
  resolvers: [IdentityResolver],
  create({ reference, audit, sealer }) {
    const service = new IdentityService(reference, audit, sealer);
    return {
      api: service,
      resolvers: [new IdentityResolver(service)],
      nodes: {
        [CITIZEN_TYPE]: async (ctx, key) => {
          // As `citizen`, with the purpose implied by the role's first allowed purpose.
          const purpose = ALLOWED_PURPOSES[ctx.viewer.role]?.[0];
          return purpose ? service.citizenById(ctx, key, purpose) : null;
        },
      },
    };
  },
});
