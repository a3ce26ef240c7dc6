import type { Skill } from '../../core/schema/skill.ts';
import type { Status } from '../quiz/phase.ts';
import type { Summary } from '../quiz/summary.ts';

/** Missed at the first try: what the score counts against the learner. */
const missed = (status: Status) => status === 'wrong' || status === 'corrected';

/**
 * What a learner should look at again first: the skill with the smallest share right among those with a miss, and its
 * first missed question. On a tie, the skill the bank reaches first, since it runs from literal reading to
 * evaluation and the later skills build on the earlier. Nothing, when nothing was missed.
 */
export function reviewFirst(
	bySkill: Summary['bySkill'],
	questions: { id: string; skill: Skill; status: Status }[],
): { skill: Skill; question: string } | undefined {
	const share = ({ correct, total }: { correct: number; total: number }) => correct / total;
	const weakest = bySkill
		.filter(({ skill }) => questions.some((question) => question.skill === skill && missed(question.status)))
		.reduce<Summary['bySkill'][number] | undefined>((best, next) => (!best || share(next) < share(best) ? next : best), undefined);
	if (!weakest) return undefined;
	const question = questions.find((question) => question.skill === weakest.skill && missed(question.status))!;
	return { skill: weakest.skill, question: question.id };
}
