import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../pipeline/context';
import { OwnTransaction } from '../../pipeline/metadata';
import { OffenderCheckInput } from './offender-check.input';
import { OffenderCheck } from './offender-check.type';
import type { OffenderCheckService } from './offender-check.service';

@Resolver()
export class OffenderCheckResolver {
  constructor(private readonly checks: OffenderCheckService) {}

  @Authorized('offender:check')
  @OwnTransaction()
  @Query(() => OffenderCheck, {
    description:
      'Checks one CNIC against the sex offenders register. What it discloses follows your client\'s disclosure ' +
      'policy; offence details are never shown to institutions. EMPLOYER, EDUCATION, SMS_GATEWAY, LAW_ENFORCEMENT. Audited.',
  })
  verifyOffender(
    @Ctx() ctx: Context,
    @Arg('input', () => OffenderCheckInput, { description: 'The CNIC, optional details and your declaration.' })
    input: OffenderCheckInput,
  ): Promise<OffenderCheck> {
    return this.checks.verify(ctx, input);
  }

  @Authorized('offender:check')
  @OwnTransaction()
  @Query(() => [OffenderCheck], {
    description:
      'Checks up to 1,000 CNICs in one call (e.g. a payroll). One answer per input, in input order; an invalid ' +
      'input answers NOT_CHECKED with its `errors` and does not stop the others. Audited per input.',
  })
  verifyOffenders(
    @Ctx() ctx: Context,
    @Arg('inputs', () => [OffenderCheckInput], { description: 'Up to 1,000 checks.' }) inputs: OffenderCheckInput[],
  ): Promise<OffenderCheck[]> {
    return this.checks.verifyMany(ctx, inputs);
  }
}
