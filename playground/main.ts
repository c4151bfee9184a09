/**
 * The playground: isnad's own processor and attribution map in the browser,
 * re-rendered 100 ms after the last keystroke. `#map[data-render-count]`
 * counts the renders (the browser test waits on it).
 */
import {VFile} from 'vfile'
import {checkDraft, type DraftFormat} from '../lib/processor.js'
import {REPORT_SCRIPT, REPORT_STYLE, renderMap} from '../lib/report/html.js'
import sample from '../examples/sample.txt?raw'

const draft = document.querySelector<HTMLTextAreaElement>('#draft')!
const format = document.querySelector<HTMLSelectElement>('#format')!
const status = document.querySelector<HTMLElement>('#status')!
const map = document.querySelector<HTMLElement>('#map')!

const style = document.createElement('style')
style.textContent = REPORT_STYLE
const script = document.createElement('script')
script.textContent = REPORT_SCRIPT
document.head.append(style, script)

let renders = 0
let latest = 0
let timer: ReturnType<typeof setTimeout> | undefined

async function render(): Promise<void> {
  const run = ++latest
  const text = draft.value
  const chosen = format.value as DraftFormat
  try {
    const file = await checkDraft(new VFile({value: text}), {format: chosen})
    if (run !== latest) return
    const attributions = file.data.attributions ?? []
    map.innerHTML = renderMap([{path: chosen === 'markdown' ? 'draft.md' : 'draft.txt', text, attributions, messages: file.messages}])
    status.textContent = `${attributions.length} claims, ${file.messages.length} findings`
  } catch (error) {
    if (run !== latest) return
    status.textContent = `Could not check the draft: ${(error as Error).message}`
  }
  map.dataset.renderCount = String(++renders)
}

draft.addEventListener('input', () => {
  clearTimeout(timer)
  timer = setTimeout(render, 100)
})
format.addEventListener('change', render)
draft.value = sample
void render()
