// Issue 12.5 (WCAG 2.4.3): after a choice in a dropdown (MudSelect, MudMenu, date picker) the popover closes and the
// browser leaves focus on the page body, so a keyboard user starts again from the top. Remember the control that
// opened the popover and give focus back to it when a choice (click, Enter, Space, Escape) leaves focus nowhere.
(function () {
    let opener = null;
    const controls = '.mud-select, .mud-autocomplete, .mud-menu, .mud-picker, .mud-input-control';
    document.addEventListener('focusin', e => {
        const target = e.target;
        if (target instanceof HTMLElement && !target.closest('.mud-popover') && target.closest(controls)) opener = target;
    });
    function giveBack() {
        setTimeout(() => {
            const active = document.activeElement;
            if ((!active || active === document.body) && opener && opener.isConnected) opener.focus();
        }, 120);
    }
    document.addEventListener('click', e => { if (e.target instanceof Element && e.target.closest('.mud-popover, .mud-overlay')) giveBack(); }, true);
    document.addEventListener('keydown', e => {
        if (['Enter', ' ', 'Escape'].includes(e.key) && e.target instanceof Element && e.target.closest('.mud-popover, ' + controls)) giveBack();
    }, true);
})();
