import type { BodyProps } from './body';
import Choices from './Choices';
import { t } from '../shared/messages';

/** A short written answer that cites at least one passage. */
export default function Open(props: BodyProps & { text: string; setText: (text: string) => void }) {
	const id = () => `answer-${props.question.id}`;
	return (
		<>
			<label for={id()}>{t.yourAnswer}</label>
			<textarea id={id()} rows="4" value={props.text} onInput={(event) => props.setText(event.currentTarget.value)} />
			<fieldset class="cite">
				<legend>{t.cite}</legend>
				<Choices {...props} several done={false} />
			</fieldset>
		</>
	);
}
