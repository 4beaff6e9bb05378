/** The project's name as the form holds it; '' before it is filled in. Every category's form has `projectName`. */
export function projectNameOf(data: Readonly<Record<string, unknown>>): string {
  return typeof data.projectName === 'string' ? data.projectName : '';
}

/** The plan's sub-field the project belongs to (`subFieldCode`); null before it is chosen (or for categories without it). */
export function subFieldCodeOf(data: Readonly<Record<string, unknown>>): string | null {
  return typeof data.subFieldCode === 'string' ? data.subFieldCode : null;
}
