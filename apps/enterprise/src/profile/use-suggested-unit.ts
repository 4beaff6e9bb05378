import { suggestRecommendingUnit } from '@shifan/domain';
import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { FormValues } from '../forms/meta-field';

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The unit the domain suggests for these profile values (zone, address, district of registration, the USCC's region). */
export function suggestedUnitOf(values: FormValues): string | null {
  return suggestRecommendingUnit({ devZone: text(values.devZone), registeredDistrictCode: text(values.registeredDistrictCode), registeredAddress: text(values.registeredAddress), uscc: text(values.uscc) });
}

/**
 * Prefills the 推荐单位 from the zone, the registered address, the district of registration and the USCC as the user fills them in, until the
 * user picks a unit by hand: a value that is not the last one filled in automatically is the user's choice and stays.
 * A saved profile whose unit differs from the suggestion is a choice too.
 */
export function useSuggestedUnit(form: UseFormReturn<FormValues, unknown, FieldValues>, values: FormValues, initial: FormValues): void {
  const lastAuto = useRef<string | null>(text(initial.recommendingUnitCode) === suggestedUnitOf(initial) ? text(initial.recommendingUnitCode) : null);
  const chosenByHand = useRef(false);
  const current = text(values.recommendingUnitCode);
  const suggestion = suggestedUnitOf(values);

  useEffect(() => {
    if (chosenByHand.current) return;
    if (current !== null && current !== lastAuto.current) {
      chosenByHand.current = true;
      return;
    }
    if (suggestion !== null && suggestion !== current) {
      lastAuto.current = suggestion;
      form.setValue('recommendingUnitCode', suggestion, { shouldDirty: true });
    }
  }, [form, current, suggestion]);
}
