/**
 * Where a learner picks up the quiz on opening the page: at the question a link names, else at the first question not
 * yet answered, else at the first. Questions by id, in the order shown.
 */
export function startingPlace(ids: string[], answered: (id: string) => boolean, linked = ''): number {
	const found = (index: number) => (index < 0 ? undefined : index);
	return found(ids.indexOf(linked)) ?? found(ids.findIndex((id) => !answered(id))) ?? 0;
}
