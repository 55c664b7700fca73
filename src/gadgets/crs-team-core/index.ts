export async function renderPlaceholders( root: HTMLElement ): Promise<void> {
	void root;
}
