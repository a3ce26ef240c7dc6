/** Right or wrong, said with an icon and words, never by colour alone. */
export default function Verdict(props: { right: boolean; text: string }) {
	return (
		<strong class={props.right ? 'right' : 'wrong'}>
			<span aria-hidden="true">{props.right ? '✓ ' : '✗ '}</span>
			{props.text}
		</strong>
	);
}
