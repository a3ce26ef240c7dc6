import type { Skill } from '../../core/schema/skill.ts';
import type { Status } from '../quiz/phase.ts';
import type { Summary } from '../quiz/summary.ts';

/** Missed at the first try: what the score counts against the learner. */
const missed = (status: Status) => status === 'wrong' || status === 'corrected';

/**
 * What a learner should look at again first: the skill with the smallest share right among those with a miss, and its
 * first missed question. On a tie, the skill the bank reaches first, since it runs from literal reading to
 * evaluation and the later skills build on the earlier. Nothing, when nothing was missed. `statuses` are the
 * questions', in the same order.
 */
export function reviewFirst(
	bySkill: Summary['bySkill'],
	questions: { id: string; skill: Skill }[],
	statuses: Status[],
): { skill: Skill; question: string } | undefined {
	const share = ({ correct, total }: { correct: number; total: number }) => correct / total;
	// One pass over the questions, not one per skill: a bank of 300 is gone through at every Check.
	const firstMissed = new Map<Skill, string>();
	questions.forEach(({ id, skill }, index) => {
		if (missed(statuses[index]!) && !firstMissed.has(skill)) firstMissed.set(skill, id);
	});
	const weakest = bySkill
		.filter(({ skill }) => firstMissed.has(skill))
		.reduce<Summary['bySkill'][number] | undefined>((best, next) => (!best || share(next) < share(best) ? next : best), undefined);
	return weakest && { skill: weakest.skill, question: firstMissed.get(weakest.skill)! };
}
