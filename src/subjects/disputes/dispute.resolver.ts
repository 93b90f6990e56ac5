import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../common/connection';
import type { Context } from '../../pipeline/context';
import type { DisputeService } from './dispute.service';
import type { ReceiptService } from '../../receipts/receipt.service';
import { Dispute, DisputeConnection, DisputeFilter, FileDisputeInput, FileDisputePayload, ResolveDisputeInput, ResolveDisputePayload } from './dispute.type';

@Resolver(() => Dispute)
export class DisputeResolver {
  constructor(
    private readonly service: DisputeService,
    private readonly receipts: ReceiptService,
  ) {}

  @Authorized('dispute:file')
  @Mutation(() => FileDisputePayload, {
    description:
      'Files a dispute for the person at the counter, for any record in the country; answers a tracking ID (the person ' +
      'sends it to 8171 for the status). An open dispute of a conviction stops checks naming the person ' +
      '(REFER_TO_LAW_ENFORCEMENT, reason UNDER_DISPUTE). REGISTRATION_CENTRE. Audited.',
  })
  fileDispute(
    @Ctx() ctx: Context,
    @Arg('input', () => FileDisputeInput, { description: 'Who, what, in their words.' }) input: FileDisputeInput,
  ): Promise<FileDisputePayload> {
    return this.service.file(ctx, input);
  }

  @Authorized('dispute:read')
  @Query(() => Dispute, {
    description:
      'A dispute by tracking ID (any case, spaces, I/L for 1, O for 0): any, for a registration centre following it for ' +
      'the person; those you review, within your jurisdiction, for LAW_ENFORCEMENT and WELFARE_OFFICER. Audited.',
  })
  dispute(@Ctx() ctx: Context, @Arg('trackingId', () => String, { description: 'The tracking ID, `XXXX-XXXX-XX`.' }) trackingId: string): Promise<Dispute> {
    return this.service.byTrackingId(ctx, trackingId);
  }

  @Authorized('dispute:resolve')
  @Query(() => DisputeConnection, {
    description:
      'Disputes of the records you keep, within your jurisdiction, newest first: convictions for LAW_ENFORCEMENT, NSER ' +
      'data and scores for WELFARE_OFFICER. Audited (a row per person returned).',
  })
  disputes(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => DisputeFilter, { nullable: true, description: 'Conditions that must all hold.' }) filter?: DisputeFilter,
  ): Promise<DisputeConnection> {
    return this.service.list(ctx, args, filter ?? {});
  }

  @Authorized('dispute:resolve')
  @Mutation(() => ResolveDisputePayload, {
    description:
      'Upholds or rejects a dispute you review, at the version you read. UPHELD links the corrections recorded on the ' +
      'person since it was filed (make them first); history is kept. LAW_ENFORCEMENT, WELFARE_OFFICER. Audited.',
  })
  resolveDispute(
    @Ctx() ctx: Context,
    @Arg('input', () => ResolveDisputeInput, { description: 'Which dispute, its version, the outcome and why.' }) input: ResolveDisputeInput,
  ): Promise<ResolveDisputePayload> {
    return this.service.resolve(ctx, input);
  }

  @FieldResolver(() => String, {
    complexity: 1,
    description:
      'The tracking slip as a compact JWS (EdDSA), signed over the tracking ID, kind, filing time and masked CNIC: ' +
      'verify it with /.well-known/jwks.json. Signed when selected.',
  })
  trackingSlip(@Root() dispute: Dispute): Promise<string> {
    return this.receipts.slip('DISPUTE_SLIP', {
      trackingId: dispute.trackingId,
      issuedAt: dispute.filedAt,
      cnicMasked: dispute.cnicMasked,
      detail: { disputeKind: dispute.kind, filedVia: dispute.filedVia },
    });
  }

  @FieldResolver(() => String, { complexity: 5, description: 'The tracking slip as a QR code (an SVG document) to print; the receipt verifier reads it back.' })
  async trackingSlipQr(@Root() dispute: Dispute): Promise<string> {
    return this.receipts.qr(await this.trackingSlip(dispute));
  }
}
