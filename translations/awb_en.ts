<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CanvasScene</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit history no longer matches the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed since this edit was made, outside the edit history; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::report</name>
    <message>
        <source>Writing page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui</name>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not take every screenshot in %1 (%2 written).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::AttributionDialog</name>
    <message>
        <source>Edit Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionable or fragmentary evidence, or a single uncorroborated source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibly sourced and plausible, but not corroborated enough for a higher level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-quality, corroborated evidence, such as a government attribution with indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who attributes it: FBI, UN Panel of Experts, a named firm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, when the attribution was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the attribution rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracked group the incident is attributed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly the evidence supports the attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes the attribution, such as the FBI or a security firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the attribution was made, as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source that records the attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribution no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the attributing party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save the Attribution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::BrowserPane</name>
    <message>
        <source>Rollup of the filtered incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::CanvasRenderer</name>
    <message>
        <source>Dashed ring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow head: pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow: flow of funds; width: amount (log, per asset)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::CaseController</name>
    <message>
        <source>The last case could not be reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled.awbcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the empty case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy).awbcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Case As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Demo Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the demo case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo case could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::CaseDocument</name>
    <message>
        <source>This case is open in another program, so it is open read-only here and changes are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is open in %1 (process %2), so it is open read-only here and changes are disabled. Close it there and open it again here to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is open in %1 on %2 (process %3), so it is open read-only here and changes are disabled. If that program is no longer running, delete %4 and open the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already stored in %1; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is open read-only; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::CaseEditor</name>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be undone: %2

The case is as it was before you chose Undo. The edit history was cleared so that it cannot disagree with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be redone: %2

The case is as it was before you chose Redo. The edit history was cleared so that it cannot disagree with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Attribution by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribution no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Attribution by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Attribution by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Source %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::ChartsPanel</name>
    <message>
        <source>Loss per Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::DemoCaseBuilder</name>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo case failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::EditActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last change to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the change taken back last again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the fields of the selected incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected incident with its attributions and wallet roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Attribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that a party attributes the selected incident to a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit A&amp;ttributions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit or delete the selected incident&apos;s attributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit or delete actor groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit or delete sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete the Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the incident “%1” with its attributions (%2) and wallet roles (%3)?

Edit ▸ Undo restores all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::EditableTable</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::ExpandDialog</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing flows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming flows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which flows to follow; memberships, roles and tags are always followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows below this many whole units of their own asset are not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many nodes come in: relations first, then the largest flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum amount must be a decimal number, such as 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::ExportActions</name>
    <message>
        <source>&amp;Incidents as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attributions as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wallets as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfers as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a case summary of an incident, a group or the filter as PDF, HTML or Markdown, with figures and numbered sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a folder for the incidents the filter shows: the PDF summary, the CSV tables, the graph, the STIX bundle and TagPack, with a SHA-256 manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the %1 of the incidents the filter shows as CSV (RFC 4180), for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n row of %1</numerusform>
            <numerusform>%n rows of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Case as &amp;STIX 2.1 Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the groups, incidents, victims and every attribution claim as STIX 2.1, for OpenCTI or MISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as STIX 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STIX bundles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a STIX 2.1 bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags as GraphSense &amp;TagPack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the case&apos;s address tags as a GraphSense TagPack (synthetic tags are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Tags as TagPack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TagPacks (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Evidence Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the evidence pack %1: %2
Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the evidence pack %1: %n file(s)</source>
        <translation>
            <numerusform>Wrote the evidence pack %1: %n file</numerusform>
            <numerusform>Wrote the evidence pack %1: %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>That is the case file itself; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Nothing was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence pack was cancelled; nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::FileDialog</name>
    <message>
        <source>Attribution Workbench case (*.awbcase)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::FilterBar</name>
    <message>
        <source>Search title, victim, description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search; words are matched literally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group includes its sub-units; an alias matches every group a source claims it for. Separate several groups with &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep incidents with an attribution at least this confident (ICD 203)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain the funds were stolen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From YYYY[-MM[-DD]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First start date, inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To YYYY[-MM[-DD]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last start date, inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss ≥ USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole dollars, or with K, M or B: 100M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss ≤ USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole dollars, or with K, M or B: 2B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in whole US dollars (such as 250000000 or 250M).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::FormField</name>
    <message>
        <source>Enter a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use YYYY-MM-DD (or YYYY-MM, YYYY when the source is less precise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an ISO 3166-1 two-letter code such as JP or KR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https addresses are accepted, such as https://example.org/report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::GraphCanvas</name>
    <message>
        <source>Graph canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallets, clusters, incidents, groups and services, and the links between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident, or search for an address, cluster, group or service, to draw its neighbourhood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::GraphExplorer</name>
    <message>
        <source>Show the neighbourhood of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expand %n node(s)</source>
        <translation>
            <numerusform>Expand %n node</numerusform>
            <numerusform>Expand %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hide %n node(s)</source>
        <translation>
            <numerusform>Hide %n node</numerusform>
            <numerusform>Hide %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pin %n node(s)</source>
        <translation>
            <numerusform>Pin %n node</numerusform>
            <numerusform>Pin %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n node(s)</source>
        <translation>
            <numerusform>Unpin %n node</numerusform>
            <numerusform>Unpin %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) drawn</source>
        <translation>
            <numerusform>%n link drawn</numerusform>
            <numerusform>%n links drawn</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::GraphPanel</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the graph places its nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow (by time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radial (around the focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the graph out again; pinned nodes stay where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size nodes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size nodes by a metric of the drawn graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: kind only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: betweenness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: amount in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: amount out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find address, incident, group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds an address, incident or group in the graph and selects it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the case matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a view saved in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the case graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case graph could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case graph: %1 nodes, %2 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1 (in the drawn graph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows up to %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows %1 – %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &quot;%1&quot; saved in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no view named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) of this view are no longer in the case.</source>
        <translation>
            <numerusform>%n node of this view is no longer in the case.</numerusform>
            <numerusform>%n nodes of this view are no longer in the case.</numerusform>
        </translation>
    </message>
    <message>
        <source>The graph view is empty: there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Graph View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay Out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Neighbours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace Funds From Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace Funds Through Mixers and Bridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Path To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain Cluster Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Neighbourhood Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 node(s) added; %2 more left out (relations first, then the largest flows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) added</source>
        <translation>
            <numerusform>%n node added</numerusform>
            <numerusform>%n nodes added</numerusform>
        </translation>
    </message>
    <message>
        <source>Trace Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace funds from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path from %1 to (address, incident:ID, group name, service:NAME, cluster:N):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the case is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No path from %1 to %2 within %3 links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find path to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence, step by step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is alone in its cluster: no heuristic joined it to another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1 is in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::GraphTimeBar</name>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every flow, the flows up to a time, or the flows within a window ending at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time up to which, or the end of the window within which, flows are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window length in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hours before the slider&apos;s time the window starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flows drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::GroupDialog</name>
    <message>
        <source>Edit Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the case tracks the group under, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-unit of another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed (no tracked group named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code such as KP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state body it works for, such as the RGB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the case uses for the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the group is a named actor, a sub-unit or unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state the group works for, as a two-letter ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sponsor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state body the group works for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor s&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source that names the sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group is known for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (per %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as a sub-unit of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another group is already named “%1”. Record the name as an alias claim instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-units (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External IDs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save the Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Sub-unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names of the group, each with the source that uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups that are part of this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s identifiers in other systems, such as MITRE ATT&amp;CK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each alias is one source&apos;s claim. A name other groups also carry stays a claim: the groups are never merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups that sources describe as units of this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s ids in other catalogues, such as MITRE ATT&amp;CK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: enter the alias and choose the source that claims it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 repeats row %2: the same source claims the same alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: choose the sub-unit and the source that reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 repeats row %2: the same source reports the same sub-unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: enter the system and the ID, and choose the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 repeats row %2: the same system and ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also claimed for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blockchain the transfers are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format&apos;s default (ethereum for an explorer export, bitcoin for JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the transfers CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: guess from the header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when no column holds the asset (ETH, USDT …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed asset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when no column holds the decimals of a value in whole units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed decimals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty not to save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no column for: %1. Choose them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import: transactions (an explorer export, a transfers CSV, a JSON of transactions) or attribution data (STIX, MISP galaxy, TagPack, ActorPack, OFAC list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STIX 2.0 or 2.1 bundle: its intrusion-sets become groups with their alias claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A MISP threat-actor galaxy: groups and their alias claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GraphSense TagPack: tags on addresses, each with its source and confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GraphSense ActorPack: groups and their alias claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OFAC SDN address list: sanctioned addresses of one chain, as of the list&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the OFAC list (YYYY-MM-DD), when the file does not carry it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, when the file does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importable files (*.csv *.json *.txt *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::ImportRunner</name>
    <message>
        <source>The import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n row(s) read</source>
        <translation type="unfinished">
            <numerusform>Imported %1: %n row read</numerusform>
            <numerusform>Imported %1: %n rows read</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading and writing the attribution data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the STIX bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::IncidentDetailTabs</name>
    <message>
        <source>%1 (%2, confidence %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a source, or press Enter, to open its link; you see the full address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who attributes the incident to which group, and on what evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for the incident that sources disagree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallets involved in the incident; select one to find it in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts stolen, per chain and asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases shared with other groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident&apos;s sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::IncidentDetailWidget</name>
    <message>
        <source>Confirmed: the victim or an authority confirms funds were taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported: known from press or researchers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempted: transfers were blocked or largely reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident to see its sources, claims and attributions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD rate source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded; sources give %1 to %2 (see Claims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: no source gives a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sources give %2 to %3; see Claims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree on: %1. The Claims tab lists each source&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::IncidentDetails</name>
    <message>
        <source>wallet role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wallet tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (also %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::IncidentDialog</name>
    <message>
        <source>The loss cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter whole US dollars, such as 1500000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, when it lasted longer than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange, bridge, company or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code such as JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: the victim or an authority confirms the theft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported: known from press or researchers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempted: transfers were blocked or largely reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole US dollars at the time, such as 1500000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, such as ethereum, bitcoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, such as ETH, USDT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name for the theft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the theft began, as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the theft ended, as YYYY-MM-DD; empty for a single day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Victim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company, project or person robbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the victim is based, as a two-letter ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The victim&apos;s line of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the case has established the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loss (USD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount stolen in US dollars, as the source records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss s&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source of the loss figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blockchains involved, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assets stolen, such as ETH or USDT, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every source that reports or analyses the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sources by title or publisher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the sources whose title or publisher contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every source that reports or analyses the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims and native-unit losses (%1) are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the source of the loss figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save the Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sources cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::IncidentTableModel</name>
    <message>
        <source> (sources: %1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::IncidentTableView</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incidents that match the filter; select one to see its details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::LinkOpener</name>
    <message>
        <source>Link Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https links are opened. This source&apos;s link is:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::MainWindow</name>
    <message numerus="yes">
        <source>Opened %1; the other %n dropped file(s) were left out: drop them again to import them.</source>
        <translation>
            <numerusform>Opened %1; the other %n dropped file was left out: drop it again to import it.</numerusform>
            <numerusform>Opened %1; the other %n dropped files were left out: drop them again to import them.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is open: open or create a case first, then drop %1 on it to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is read-only: %1 cannot be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running: drop %1 again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>One file is imported at a time: %1 is in the import dialog; drop the other %n file(s) after it.</source>
        <translation>
            <numerusform>One file is imported at a time: %1 is in the import dialog; drop the other %n file after it.</numerusform>
            <numerusform>One file is imported at a time: %1 is in the import dialog; drop the other %n files after it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribution Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents without a victim country cannot be filtered by country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident to see its sources, claims and attributions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Nothing was imported; the case is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was changed by another program; views refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Attribution Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open. Choose File ▸ Open Case… or File ▸ New Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no incidents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incidents · %2 groups · %3 sources · %4 wallets · synthetic: %5 incidents, %6 wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an Attribution Workbench case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled demo case: the public record of DPRK-attributed thefts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Case &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the case under a new name and continue in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case; every edit is already saved in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Attribution Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Attribution Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version, the case format and what the workbench is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Qt version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timeline of the filtered incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the charts of the filtered incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the graph of addresses, transactions, clusters and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the incident table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the titles, victims and descriptions of the incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every incident of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in Grap&amp;h…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an address, incident or group in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom into the timeline or the graph, whichever is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out of the timeline or the graph, whichever is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to &amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole timeline or graph, whichever is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the case again into every view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reread the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one of the cases opened last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write reports, an evidence pack, CSV tables, STIX or a TagPack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Filter: %1 of %n incident(s) shown</source>
        <translation>
            <numerusform>Filter: %1 of %n incident shown</numerusform>
            <numerusform>Filter: %1 of %n incidents shown</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attribution Workbench %1&lt;/h3&gt;&lt;p&gt;Case format %2&lt;/p&gt;&lt;p&gt;A workbench for attributing cryptocurrency thefts to state-sponsored hacking groups.&lt;/p&gt;&lt;p&gt;Every fact in a case cites its source. Where sources disagree, each claim is kept beside the others with its own source. Synthetic records, generated to illustrate laundering patterns, are marked as synthetic wherever they are shown.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Attribution Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import transactions (an explorer export, a CSV, a JSON) or attribution data (STIX, MISP, TagPack, ActorPack, OFAC); or drop the file on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::MessageWidget</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::OverviewTabs</name>
    <message>
        <source>Lanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the date strip to filter by dates · wheel or +/− to zoom · Home to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole record (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2  (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the list of recent cases; the files stay where they are</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::RecordListDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Attribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the groups whose name or alias contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the sources whose title or publisher contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the attributions that contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete the Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete the Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete the Attribution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::RecordOps</name>
    <message>
        <source>The incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribution no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribution by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::ReportDialog</name>
    <message>
        <source>PDF, paginated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML, one self-contained file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown, with SVG figures beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected incident (none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n incident(s) the filter shows</source>
        <translation>
            <numerusform>The %n incident the filter shows</numerusform>
            <numerusform>The %n incidents the filter shows</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group whose incidents the report covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file format the report is saved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s pages as they will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source> · contains SYNTHETIC data, marked on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the case file itself; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2
Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was cancelled. Export builds the report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was cancelled; Export still writes the whole report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action or key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the shortcuts whose action, menu or keys contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action with a shortcut, grouped by menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph and the timeline also take +, − and Home to zoom and fit, and the arrow keys to move; hover over a control to see its own keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::SourceDialog</name>
    <message>
        <source>Edit Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s own title, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency, firm, newspaper or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or YYYY-MM, YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intergovernmental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the source says that the case relies on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of the report, article or advisory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who published the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the source was published, as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the source can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of source it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save the Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::TaskStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work is running in the background; the window stays usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this work; nothing of it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::ThemeController</name>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark as the desktop prefers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always use the light colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always use the dark colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours, or as the desktop prefers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::TimelineLanes</name>
    <message>
        <source>Unattributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim country unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::TimelineView</name>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents over time in lanes. Plus and minus zoom, Left and Right pan, Home shows everything, Escape clears the date range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to select a date range; click to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them synthetic (generated, not real case data)</source>
        <translation>
            <numerusform>%n of them synthetic (generated, not real case data)</numerusform>
            <numerusform>%n of them synthetic (generated, not real case data)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n with unknown loss)</source>
        <translation>
            <numerusform>%1 (%n with unknown loss)</numerusform>
            <numerusform>%1 (%n with unknown loss)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>awb::ui::ViewExport</name>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph view is empty: there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution Workbench graph view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::WorkProgress</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::charts::ChartPage</name>
    <message numerus="yes">
        <source>%1 · Includes %n synthetic incident(s).</source>
        <translation>
            <numerusform>%1 · Includes %n synthetic incident.</numerusform>
            <numerusform>%1 · Includes %n synthetic incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) without a USD figure are not included.</source>
        <translation>
            <numerusform>%n incident without a USD figure is not included.</numerusform>
            <numerusform>%n incidents without a USD figure are not included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) without a readable start date are not included.</source>
        <translation>
            <numerusform>%n incident without a readable start date is not included.</numerusform>
            <numerusform>%n incidents without a readable start date are not included.</numerusform>
        </translation>
    </message>
    <message>
        <source>A chart of the filtered incidents; point at a bar for its figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::charts::CountryChart</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Other (%n countries)</source>
        <translation>
            <numerusform>Other (%n country)</numerusform>
            <numerusform>Other (%n countries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n incident(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n incident</numerusform>
            <numerusform>%1 · %2 · %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without a USD figure)</source>
        <translation>
            <numerusform>(%n without a USD figure)</numerusform>
            <numerusform>(%n without a USD figure)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) without a USD figure are counted but not included in the loss.</source>
        <translation>
            <numerusform>%n incident without a USD figure is counted but not included in the loss.</numerusform>
            <numerusform>%n incidents without a USD figure are counted but not included in the loss.</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents match the current filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (USD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::charts::CumulativeLossChart</name>
    <message>
        <source>%1 · %2 · %3 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents match the current filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these incidents has both a USD figure and a readable start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::charts::YearLossChart</name>
    <message>
        <source>Unattributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n incident(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n incident</numerusform>
            <numerusform>%1 · %2 · %3 · %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without a USD figure)</source>
        <translation>
            <numerusform>(%n without a USD figure)</numerusform>
            <numerusform>(%n without a USD figure)</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents match the current filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these incidents has a readable start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these incidents has a USD figure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb::ui::text</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (native units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic: generated to illustrate a reported laundering pattern. It is not real case data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
