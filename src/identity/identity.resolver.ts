import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Citizen } from './citizen.type';
import { IdentityMatch, MatchIdentityInput } from './identity-match.type';
import { CnicScalar } from '../common/cnic.scalar';
import type { Cnic } from '../common/cnic';
import { LookupPurpose } from '../audit/purpose';
import type { Context } from '../pipeline/context';
import type { IdentityService } from './identity.service';

@Resolver()
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @Authorized('identity:read')
  @Query(() => Citizen, {
    description:
      'The identity record at a CNIC, within your jurisdiction (NOT_FOUND otherwise). WELFARE_OFFICER, ' +
      'REGISTRATION_CENTRE and LAW_ENFORCEMENT. Audited.',
  })
  citizen(
    @Ctx() ctx: Context,
    @Arg('cnic', () => CnicScalar, { description: 'The CNIC.' }) cnic: Cnic,
    @Arg('purpose', () => LookupPurpose, { description: 'Why you are looking; recorded in the audit log.' })
    purpose: LookupPurpose,
  ): Promise<Citizen> {
    return this.identity.citizen(ctx, cnic, purpose);
  }

  @Authorized('identity:match')
  @Query(() => IdentityMatch, {
    description:
      'Grades a name, father\'s name and date of birth against the identity record at a CNIC, without returning ' +
      'the record. For institutions and agencies. Audited.',
  })
  matchIdentity(
    @Ctx() ctx: Context,
    @Arg('input', () => MatchIdentityInput) input: MatchIdentityInput,
  ): Promise<IdentityMatch> {
    return this.identity.matchIdentity(ctx, input);
  }
}
