/** A content file as the checks take it: its text, and the names problems give it. Reading it is the pipeline's job. */
export interface ContentFile {
	/** The id the site uses: the file name without its extension. */
	id: string;
	/** The path relative to the project root, as problems name it (or, in the studio, the name the author gave it). */
	file: string;
	text: string;
}
