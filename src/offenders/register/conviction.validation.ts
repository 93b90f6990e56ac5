import { UserError, UserErrorCode } from '../../common/user-error.type';
import { REGISTRABLE_SECTIONS, normaliseSection } from './sections';

export function userError(field: string[] | null, code: UserErrorCode, message: string): UserError {
  return Object.assign(new UserError(), { field, code, message });
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Collects the input problems of a register change; an empty list means valid. Messages never echo values. */
export class ConvictionValidator {
  readonly errors: UserError[] = [];

  sections(value: string[], field = 'sections'): string[] {
    const normalised: string[] = [];
    if (!value.length) this.invalid(field, 'Give at least one statute section, e.g. `PPC 376`.');
    value.forEach((raw, i) => {
      const section = normaliseSection(raw);
      if (!section) this.invalid(`${field}.${i}`, 'A section looks like `PPC 376` or `PECA 22`.');
      else if (!REGISTRABLE_SECTIONS.includes(section)) {
        this.invalid(`${field}.${i}`, `${section} is not a registrable offence (Rules 2023, s.2(h)).`);
      } else if (!normalised.includes(section)) normalised.push(section);
    });
    return normalised;
  }

  text(field: string, value: string, max = 500): string {
    const trimmed = value.trim();
    if (!trimmed) this.invalid(field, `\`${field}\` must not be empty.`);
    else if (trimmed.length > max) this.invalid(field, `\`${field}\` is longer than ${max} characters.`);
    return trimmed;
  }

  notFuture(field: string, date: string): void {
    if (date > todayUtc()) this.invalid(field, `\`${field}\` must not be in the future.`);
  }

  invalid(field: string, message: string): void {
    this.errors.push(userError(['input', ...field.split('.')], UserErrorCode.INVALID, message));
  }
}
