//! The payload editor: a textarea over a backdrop that marks the lines diagnostics point at.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The text, its marks, and where edits go.
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The payload.
    pub text: AttrValue,
    /// The class of each line's backdrop (`ln`, `ln err`, `ln warn`).
    pub marks: Rc<Vec<&'static str>>,
    /// The textarea, for the page to focus and select in.
    pub area: NodeRef,
    /// Each edit of the text.
    pub on_input: Callback<String>,
}

/// The editor. The backdrop scrolls with the textarea so the marks stay under their lines.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let backdrop = use_node_ref();
    let on_input = props.on_input.reform(|e: InputEvent| {
        let t: HtmlTextAreaElement = e.target_unchecked_into();
        t.value()
    });
    let on_scroll = {
        let (area, backdrop) = (props.area.clone(), backdrop.clone());
        Callback::from(move |_: Event| {
            if let (Some(a), Some(b)) =
                (area.cast::<web_sys::Element>(), backdrop.cast::<web_sys::Element>())
            {
                b.set_scroll_top(a.scroll_top());
                b.set_scroll_left(a.scroll_left());
            }
        })
    };
    let lines = props.text.split('\n').zip(props.marks.iter());
    html! {
        <div class="editor" data-testid="editor">
            <pre class="backdrop" ref={backdrop} aria-hidden="true">
                { for lines.map(|(l, class)| html! { <span class={*class}>{ l }{"\n"}</span> }) }
            </pre>
            <textarea id="payload" ref={props.area.clone()} spellcheck="false" aria-label="Payload (JSON)" aria-describedby="verdict"
                value={props.text.clone()} oninput={on_input} onscroll={on_scroll} />
        </div>
    }
}
