// Registrations and disputes share one tracking-ID style; the format lives in common/.
export { newTrackingId, normaliseTrackingId } from '../common/tracking-id';
