import type { AttachmentSlot } from '../calls/attachment-slots';

/** Form fields that name the enterprise or its people: hidden from experts in blind review. */
const IDENTIFYING_FIELD = /contact|phone|mobile|email|legalRepresentative|uscc|enterpriseName/i;

/** The form data an expert sees in blind review: without the identifying fields. */
export function blindApplicationData(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !IDENTIFYING_FIELD.test(key)));
}

/** The keys of the call's slots whose documents name the enterprise (licence, sealed form): hidden in blind review. */
export function identifyingSlotKeys(slots: readonly AttachmentSlot[]): Set<string> {
  return new Set(slots.filter((slot) => slot.identifying).map((slot) => slot.key));
}
