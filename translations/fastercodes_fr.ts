<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Analysis</name>
    <message>
        <source>it failed</source>
        <translation>il a échoué</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Could not encode the PNG image</source>
        <translation>Impossible d’encoder l’image PNG</translation>
    </message>
    <message>
        <source>Chart exported from faster.codes</source>
        <translation>Graphique exporté depuis faster.codes</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Distribution of wall times</source>
        <translation>Distribution des temps écoulés</translation>
    </message>
    <message>
        <source>wall time (ms, log scale)</source>
        <translation>temps écoulé (ms, échelle log.)</translation>
    </message>
    <message>
        <source>wall time (ms)</source>
        <translation>temps écoulé (ms)</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>exécutions</translation>
    </message>
    <message>
        <source>CPU time (ms)</source>
        <translation>temps CPU (ms)</translation>
    </message>
    <message>
        <source>peak memory (MiB)</source>
        <translation>pic de mémoire (Mio)</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>Temps CPU</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Pic de mémoire</translation>
    </message>
    <message>
        <source>Wall time run by run</source>
        <translation>Temps écoulé exécution par exécution</translation>
    </message>
    <message>
        <source>run (warm-ups at 0 and below)</source>
        <translation>exécution (échauffements à 0 et en dessous)</translation>
    </message>
    <message>
        <source>%1 warm-up</source>
        <translation>Échauffement %1</translation>
    </message>
    <message>
        <source>CPU over time (median run)</source>
        <translation>CPU au fil du temps (exécution médiane)</translation>
    </message>
    <message>
        <source>Memory over time (median run)</source>
        <translation>Mémoire au fil du temps (exécution médiane)</translation>
    </message>
    <message>
        <source>time since start (ms)</source>
        <translation>temps depuis le début (ms)</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <source>no samples recorded</source>
        <translation>aucun échantillon enregistré</translation>
    </message>
    <message>
        <source>memory (MiB)</source>
        <translation>mémoire (Mio)</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>Try &apos;fastercodes %1 --help&apos;.</source>
        <translation>Essayez « fastercodes %1 --help ».</translation>
    </message>
    <message>
        <source>not saved to the history: %1</source>
        <translation>non enregistré dans l’historique : %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Which of two pieces of code is faster, by how much, on this machine.</source>
        <translation>Lequel de deux morceaux de code est le plus rapide, et de combien, sur cette machine.</translation>
    </message>
    <message>
        <source>compare FILE_A FILE_B | languages | history | share RESULT.json | sync | fetch LINK
(fastercodes COMMAND --help tells more)</source>
        <translation>compare FILE_A FILE_B | languages | history | share RESULT.json | sync | fetch LINK
(fastercodes COMMAND --help en dit plus)</translation>
    </message>
    <message>
        <source>fastercodes: unknown command &apos;%1&apos; (see fastercodes --help)</source>
        <translation>fastercodes : commande inconnue « %1 » (voir fastercodes --help)</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>preparing…</source>
        <translation>préparation…</translation>
    </message>
    <message>
        <source>compiling %1…</source>
        <translation>compilation de %1…</translation>
    </message>
    <message>
        <source>warming up %1…</source>
        <translation>échauffement de %1…</translation>
    </message>
    <message>
        <source>run %1 · A %2 B %3 (adaptive, ≤ %4)</source>
        <translation>exécution %1 · A %2 B %3 (adaptatif, ≤ %4)</translation>
    </message>
    <message>
        <source>run %1/%2</source>
        <translation>exécution %1/%2</translation>
    </message>
    <message>
        <source>analysing…</source>
        <translation>analyse…</translation>
    </message>
    <message>
        <source>Compiles FILE_A and FILE_B once, runs both many times interleaved and says which is faster.</source>
        <translation>Compile FILE_A et FILE_B une fois, les exécute tous deux de nombreuses fois en alternance et indique lequel est le plus rapide.</translation>
    </message>
    <message>
        <source>Source of side A (language from its extension).</source>
        <translation>Source du côté A (langage d’après son extension).</translation>
    </message>
    <message>
        <source>Source of side B.</source>
        <translation>Source du côté B.</translation>
    </message>
    <message>
        <source>Language of A (see &apos;fastercodes languages&apos;).</source>
        <translation>Langage de A (voir « fastercodes languages »).</translation>
    </message>
    <message>
        <source>Language of B.</source>
        <translation>Langage de B.</translation>
    </message>
    <message>
        <source>Compiler flags of A, replacing the defaults (shell-like words).</source>
        <translation>Options du compilateur pour A, à la place des valeurs par défaut (mots comme dans un shell).</translation>
    </message>
    <message>
        <source>Compiler flags of B.</source>
        <translation>Options du compilateur pour B.</translation>
    </message>
    <message>
        <source>Program arguments of A (shell-like words).</source>
        <translation>Arguments du programme A (mots comme dans un shell).</translation>
    </message>
    <message>
        <source>Program arguments of B.</source>
        <translation>Arguments du programme B.</translation>
    </message>
    <message>
        <source>File given to A as standard input.</source>
        <translation>Fichier donné à A comme entrée standard.</translation>
    </message>
    <message>
        <source>File given to B as standard input.</source>
        <translation>Fichier donné à B comme entrée standard.</translation>
    </message>
    <message>
        <source>Fixed number of counted runs per side (default: adaptive).</source>
        <translation>Nombre fixe d’exécutions comptées par côté (par défaut : adaptatif).</translation>
    </message>
    <message>
        <source>Adaptive: at least N runs per side (default 10).</source>
        <translation>Adaptatif : au moins N exécutions par côté (10 par défaut).</translation>
    </message>
    <message>
        <source>Adaptive: at most N runs per side (default 1000).</source>
        <translation>Adaptatif : au plus N exécutions par côté (1000 par défaut).</translation>
    </message>
    <message>
        <source>Adaptive: stop when each median&apos;s 95% CI is within ±PCT % (default 1).</source>
        <translation>Adaptatif : s’arrêter quand l’IC à 95 % de chaque médiane est dans ±PCT % (1 par défaut).</translation>
    </message>
    <message>
        <source>Adaptive: stop after SEC seconds of counted runs (default 30).</source>
        <translation>Adaptatif : s’arrêter après SEC secondes d’exécutions comptées (30 par défaut).</translation>
    </message>
    <message>
        <source>Uncounted warm-up runs per side (default 1).</source>
        <translation>Exécutions d’échauffement non comptées, par côté (1 par défaut).</translation>
    </message>
    <message>
        <source>Per-run timeout in seconds (default 30).</source>
        <translation>Délai par exécution en secondes (30 par défaut).</translation>
    </message>
    <message>
        <source>Memory cap per run in MiB (a cgroup; default none).</source>
        <translation>Limite de mémoire par exécution en Mio (un cgroup ; aucune par défaut).</translation>
    </message>
    <message>
        <source>Process/thread cap per run (default 512).</source>
        <translation>Limite de processus/threads par exécution (512 par défaut).</translation>
    </message>
    <message>
        <source>Check that both sides print the same output.</source>
        <translation>Vérifier que les deux côtés affichent la même sortie.</translation>
    </message>
    <message>
        <source>Write the comparison as JSON (fastercodes.comparison/1).</source>
        <translation>Écrire la comparaison en JSON (fastercodes.comparison/1).</translation>
    </message>
    <message>
        <source>Write a Markdown report.</source>
        <translation>Écrire un rapport Markdown.</translation>
    </message>
    <message>
        <source>Write every run as CSV.</source>
        <translation>Écrire chaque exécution en CSV.</translation>
    </message>
    <message>
        <source>Print only the verdict.</source>
        <translation>N’afficher que le verdict.</translation>
    </message>
    <message>
        <source>Do not save the comparison to the history.</source>
        <translation>Ne pas enregistrer la comparaison dans l’historique.</translation>
    </message>
    <message>
        <source>expected two source files, got %1</source>
        <translation>deux fichiers source attendus (nombre reçu : %1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (known: %2)</source>
        <translation>langage inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>cannot tell the language of %1 from its name; give --lang-%2</source>
        <translation>impossible de déduire le langage de %1 d’après son nom ; indiquez --lang-%2</translation>
    </message>
    <message>
        <source>--%1 needs a whole number ≥ %2</source>
        <translation>--%1 demande un nombre entier ≥ %2</translation>
    </message>
    <message>
        <source>--%1 needs a number ≥ %2</source>
        <translation>--%1 demande un nombre ≥ %2</translation>
    </message>
    <message>
        <source>--runs is a fixed count; it cannot be combined with --min-runs, --max-runs, --target-ci or --time-budget</source>
        <translation>--runs est un nombre fixe ; il ne peut pas être combiné avec --min-runs, --max-runs, --target-ci ou --time-budget</translation>
    </message>
    <message>
        <source>--max-runs (%1) is below --min-runs (%2)</source>
        <translation>--max-runs (%1) est inférieur à --min-runs (%2)</translation>
    </message>
    <message>
        <source>Call a side faster only when the 95% CI of the ratio lies wholly beyond ±PCT % (default 1; 0 for the purely statistical verdict).</source>
        <translation>Ne déclarer un côté plus rapide que si l’IC à 95 % du rapport est entièrement au-delà de ±PCT % (1 par défaut ; 0 pour le verdict purement statistique).</translation>
    </message>
    <message>
        <source>Linux: pin both sides to CPU N (the same core for every run; default: not pinned).</source>
        <translation>Linux : attacher les deux côtés au CPU N (le même cœur pour chaque exécution ; par défaut : non attaché).</translation>
    </message>
    <message>
        <source>--cpu %1: this machine has CPUs 0 to %2</source>
        <translation>--cpu %1 : cette machine a les CPU 0 à %2</translation>
    </message>
    <message>
        <source>--threshold is a percentage from 0 to 100, got %1</source>
        <translation>--threshold est un pourcentage de 0 à 100, reçu : %1</translation>
    </message>
    <message>
        <source>Run inside a bubblewrap sandbox (no network, read-only system, empty home).</source>
        <translation>Exécuter dans un bac à sable bubblewrap (pas de réseau, système en lecture seule, dossier personnel vide).</translation>
    </message>
    <message>
        <source>With --sandbox: let compiles and programs use the network.</source>
        <translation>Avec --sandbox : autoriser le réseau aux compilations et aux programmes.</translation>
    </message>
    <message>
        <source>--sandbox-network needs --sandbox</source>
        <translation>--sandbox-network nécessite --sandbox</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1 : %2</translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>Unknown export format.</source>
        <translation>Format d’export inconnu.</translation>
    </message>
</context>
<context>
    <name>ComparisonJson</name>
    <message>
        <source>a threshold above 100 % is not a practical difference (got %1)</source>
        <translation>un seuil supérieur à 100 % n’est pas une différence pratique (reçu : %1)</translation>
    </message>
    <message>
        <source>unsupported document version &apos;%1&apos; (this app reads %2)</source>
        <translation>version de document « %1 » non prise en charge (cette application lit %2)</translation>
    </message>
    <message>
        <source>expected exactly two entries (A and B), got %1</source>
        <translation>exactement deux entrées (A et B) attendues, reçu : %1</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l’octet %1 : %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>un objet JSON est attendu au premier niveau</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>hors limites</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>doit valoir au moins %1</translation>
    </message>
    <message>
        <source>out of range (%1)</source>
        <translation>hors limites (%1)</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>out of range (at most %1)</source>
        <translation>hors limites (au plus %1)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>plus de %1 éléments</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>not valid base64 (the original format encodes code in base64)</source>
        <translation>base64 non valide (le format d’origine encode le code en base64)</translation>
    </message>
    <message>
        <source>%1: some per-run values</source>
        <translation>%1 : certaines valeurs par exécution</translation>
    </message>
    <message>
        <source>The original service reported a failure (stage %1) without a reason.</source>
        <translation>Le service d’origine a signalé un échec (étape %1) sans raison.</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>%1 did not compile: %2:%3</source>
        <translation>La compilation de %1 a échoué : %2:%3</translation>
    </message>
    <message>
        <source>%1 did not compile</source>
        <translation>La compilation de %1 a échoué</translation>
    </message>
    <message>
        <source>%1 crashed: signal %2</source>
        <translation>%1 a planté : signal %2</translation>
    </message>
    <message>
        <source>%1 crashed: signal %2 (%3)</source>
        <translation>%1 a planté : signal %2 (%3)</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 a planté</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 s’est terminé avec le code %2</translation>
    </message>
    <message>
        <source>%1 exited with an error</source>
        <translation>%1 s’est terminé avec une erreur</translation>
    </message>
    <message>
        <source>%1 timed out</source>
        <translation>%1 a dépassé le délai</translation>
    </message>
    <message>
        <source>%1 hit the memory limit</source>
        <translation>%1 a atteint la limite de mémoire</translation>
    </message>
    <message>
        <source>%1 hit the process limit</source>
        <translation>%1 a atteint la limite de processus</translation>
    </message>
    <message>
        <source>%1 cannot run: toolchain not installed</source>
        <translation>%1 ne peut pas s’exécuter : chaîne d’outils non installée</translation>
    </message>
    <message>
        <source>Stopped before the comparison was complete</source>
        <translation>Arrêté avant la fin de la comparaison</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 n’a pas pu être lancé</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 a échoué</translation>
    </message>
    <message>
        <source>Click a diagnostic to jump to its line.</source>
        <translation>Cliquez sur un diagnostic pour aller à sa ligne.</translation>
    </message>
    <message>
        <source>Raise the timeout in the toolbar, or make the program do less work.</source>
        <translation>Augmentez le délai dans la barre d’outils, ou donnez moins de travail au programme.</translation>
    </message>
    <message>
        <source>Raise the memory limit in the toolbar (0 = no limit).</source>
        <translation>Augmentez la limite de mémoire dans la barre d’outils (0 = aucune limite).</translation>
    </message>
    <message>
        <source>Raise the process limit in the settings.</source>
        <translation>Augmentez la limite de processus dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>Downloads a permalink, this project&apos;s or the original faster.codes service&apos;s, in this project&apos;s format (fastercodes.comparison/1): on standard output, or into a file with --json. The comparison is saved to the history as downloaded (its code is someone else&apos;s: it is never run).</source>
        <translation>Télécharge un permalien, de ce projet ou du service faster.codes d’origine, au format de ce projet (fastercodes.comparison/1) : sur la sortie standard, ou dans un fichier avec --json. La comparaison est enregistrée dans l’historique comme téléchargée (son code est celui de quelqu’un d’autre : il n’est jamais exécuté).</translation>
    </message>
    <message>
        <source>&lt;site&gt;/?runId=ID, &lt;site&gt;/?r=ID, fastercodes://HOST/?runId=ID, fastercodes://run/ID or a bare ID.</source>
        <translation>&lt;site&gt;/?runId=ID, &lt;site&gt;/?r=ID, fastercodes://HOST/?runId=ID, fastercodes://run/ID ou un simple ID.</translation>
    </message>
    <message>
        <source>Write the comparison to PATH instead of standard output.</source>
        <translation>Écrire la comparaison dans PATH au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>The backend for bare ids and fastercodes://run/ID links.</source>
        <translation>Le backend pour les simples ID et les liens fastercodes://run/ID.</translation>
    </message>
    <message>
        <source>Where links of the original service are fetched from (default https://api.faster.codes).</source>
        <translation>D’où sont chargés les liens du service d’origine (par défaut https://api.faster.codes).</translation>
    </message>
    <message>
        <source>Do not save the comparison to the history.</source>
        <translation>Ne pas enregistrer la comparaison dans l’historique.</translation>
    </message>
    <message>
        <source>expected one link, got %1</source>
        <translation>un seul lien attendu (nombre reçu : %1)</translation>
    </message>
    <message>
        <source>note: the source did not record: %1</source>
        <translation>remarque : la source n’a pas enregistré : %1</translation>
    </message>
    <message>
        <source>%1 (%2 vs %3): %4</source>
        <translation>%1 (%2 contre %3) : %4</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Other load on the machine: other processes used %1 of %2 cores on average while the runs were measured (load average up to %3); timings are noisier and can be biased</source>
        <translation>Autre charge sur la machine : d’autres processus ont utilisé en moyenne %1 des %2 cœurs pendant la mesure des exécutions (charge moyenne jusqu’à %3) ; les temps sont plus bruités et peuvent être biaisés</translation>
    </message>
    <message>
        <source>Other load on the machine: the load average reached %1 while the runs were measured (ours accounts for about 1); timings are noisier and can be biased</source>
        <translation>Autre charge sur la machine : la charge moyenne a atteint %1 pendant la mesure des exécutions (les nôtres en représentent environ 1) ; les temps sont plus bruités et peuvent être biaisés</translation>
    </message>
    <message>
        <source>CPU frequency not readable on this machine (no cpufreq scaling_cur_freq): clock changes could not be checked</source>
        <translation>Fréquence du processeur illisible sur cette machine (pas de cpufreq scaling_cur_freq) : les changements d’horloge n’ont pas pu être vérifiés</translation>
    </message>
    <message>
        <source>CPU frequency changed during the runs: the fastest core ran between %1 and %2 MHz (%3% apart); a run&apos;s speed depends on the clock it got</source>
        <translation>La fréquence du processeur a changé pendant les exécutions : le cœur le plus rapide tournait entre %1 et %2 MHz (%3 % d’écart) ; la vitesse d’une exécution dépend de l’horloge qu’elle a eue</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>plus lente</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>plus rapide</translation>
    </message>
    <message>
        <source>%1 drifted during the runs: its second half of runs was %2% %3 than its first (medians, %4); the machine changed while measuring</source>
        <translation>%1 a dérivé pendant les exécutions : sa seconde moitié d’exécutions était %2 % %3 que la première (médianes, %4) ; la machine a changé pendant la mesure</translation>
    </message>
    <message>
        <source>known to ±%1%</source>
        <translation>connu à ±%1 %</translation>
    </message>
    <message>
        <source>without a confidence interval yet</source>
        <translation>encore sans intervalle de confiance</translation>
    </message>
    <message>
        <source>Too few runs for the precision asked: %1&apos;s median is %2, not within the ±%3% asked (the run limit or the time budget ended the runs first)</source>
        <translation>Trop peu d’exécutions pour la précision demandée : la médiane de %1 est %2, pas à ±%3 % comme demandé (la limite d’exécutions ou le budget de temps a arrêté les exécutions avant)</translation>
    </message>
    <message>
        <source>Too few runs to rule out a difference above %1%: the ratio&apos;s 95% CI %2–%3 reaches beyond it; more runs would narrow it</source>
        <translation>Trop peu d’exécutions pour exclure une différence de plus de %1 % : l’IC à 95 % du rapport %2–%3 va au-delà ; plus d’exécutions le resserreraient</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>The history database %1 could not be used (%2). It was moved to %3 and a new, empty history was started.</source>
        <translation>La base de l’historique %1 était inutilisable (%2). Elle a été déplacée vers %3 et un nouvel historique vide a été créé.</translation>
    </message>
    <message>
        <source>The history database %1 is locked by another program (%2). Comparisons of this session are kept in memory only.</source>
        <translation>La base de l’historique %1 est verrouillée par un autre programme (%2). Les comparaisons de cette session sont gardées en mémoire seulement.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used (%2). Comparisons of this session are kept in memory only.</source>
        <translation>La base de l’historique %1 est inutilisable (%2). Les comparaisons de cette session sont gardées en mémoire seulement.</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>le fichier est endommagé : %1</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app (schema version %1; this version knows up to %2)</source>
        <translation>il a été écrit par une version plus récente de l’application (version de schéma %1 ; cette version connaît jusqu’à %2)</translation>
    </message>
    <message>
        <source>write-ahead logging is not available (journal mode %1)</source>
        <translation>la journalisation anticipée n’est pas disponible (mode de journal %1)</translation>
    </message>
    <message>
        <source>it could not be moved aside to %1</source>
        <translation>il n’a pas pu être mis de côté vers %1</translation>
    </message>
    <message>
        <source>there is no history entry %1</source>
        <translation>il n’y a pas d’entrée d’historique %1</translation>
    </message>
    <message>
        <source>history entry %1 cannot be read: %2</source>
        <translation>l’entrée d’historique %1 est illisible : %2</translation>
    </message>
    <message>
        <source>migration to version %1 (%2) failed: %3</source>
        <translation>la migration vers la version %1 (%2) a échoué : %3</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>downloaded</source>
        <translation>téléchargé</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>Lists the saved comparisons, newest first; shows, stars or deletes one.</source>
        <translation>Liste les comparaisons enregistrées, les plus récentes d’abord ; en affiche une, la met en favori ou la supprime.</translation>
    </message>
    <message>
        <source>Print the list as a JSON array.</source>
        <translation>Afficher la liste sous forme de tableau JSON.</translation>
    </message>
    <message>
        <source>Only entries whose title, code, languages or verdict contain every word.</source>
        <translation>Seulement les entrées dont le titre, le code, les langages ou le verdict contiennent chaque mot.</translation>
    </message>
    <message>
        <source>Only entries with this language on either side.</source>
        <translation>Seulement les entrées avec ce langage d’un côté ou de l’autre.</translation>
    </message>
    <message>
        <source>Only starred entries.</source>
        <translation>Seulement les entrées favorites.</translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation>Au plus N entrées.</translation>
    </message>
    <message>
        <source>Print entry ID&apos;s whole document (fastercodes.comparison/1).</source>
        <translation>Afficher le document complet de l’entrée ID (fastercodes.comparison/1).</translation>
    </message>
    <message>
        <source>Star entry ID.</source>
        <translation>Mettre l’entrée ID en favori.</translation>
    </message>
    <message>
        <source>Unstar entry ID.</source>
        <translation>Retirer l’entrée ID des favoris.</translation>
    </message>
    <message>
        <source>Delete entry ID from the history.</source>
        <translation>Supprimer l’entrée ID de l’historique.</translation>
    </message>
    <message>
        <source>Delete entry ID&apos;s upload from its server (with the kept write token).</source>
        <translation>Supprimer l’envoi de l’entrée ID de son serveur (avec le jeton d’écriture conservé).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>there is no history entry &apos;%1&apos;</source>
        <translation>il n’y a pas d’entrée d’historique « %1 »</translation>
    </message>
    <message>
        <source>Deleted comparison %1.</source>
        <translation>Comparaison %1 supprimée.</translation>
    </message>
    <message>
        <source>Deleted comparison %1 from its server.</source>
        <translation>Comparaison %1 supprimée de son serveur.</translation>
    </message>
    <message>
        <source>--limit needs a whole number ≥ 1</source>
        <translation>--limit demande un nombre entier ≥ 1</translation>
    </message>
    <message>
        <source>No comparisons saved yet.</source>
        <translation>Aucune comparaison enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>No comparison matches.</source>
        <translation>Aucune comparaison ne correspond.</translation>
    </message>
</context>
<context>
    <name>LanguageCatalog</name>
    <message>
        <source>install %1</source>
        <translation>installer %1</translation>
    </message>
    <message>
        <source>see %1</source>
        <translation>voir %1</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 introuvable</translation>
    </message>
</context>
<context>
    <name>LanguageRecipe</name>
    <message>
        <source>unknown field (ignored)</source>
        <translation>champ inconnu (ignoré)</translation>
    </message>
    <message>
        <source>cannot be set per platform</source>
        <translation>ne peut pas être défini par plateforme</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and _ . + - (starting with a letter or digit), not &quot;%1&quot;</source>
        <translation>doit être composé de minuscules, de chiffres et de _ . + - (commençant par une lettre ou un chiffre), pas « %1 »</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be a plain file name such as &quot;Main.java&quot;, not &quot;%1&quot;</source>
        <translation>doit être un simple nom de fichier comme « Main.java », pas « %1 »</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>must be a file name extension such as &quot;java&quot;, not &quot;%1&quot;</source>
        <translation>doit être une extension de nom de fichier comme « java », pas « %1 »</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (known: %2; write {{ for a literal brace)</source>
        <translation>espace réservé inconnu {%1} (connus : %2 ; écrivez {{ pour une accolade littérale)</translation>
    </message>
    <message>
        <source>must name the program to start</source>
        <translation>doit nommer le programme à lancer</translation>
    </message>
    <message>
        <source>must be an object with &quot;command&quot; and &quot;regex&quot;</source>
        <translation>doit être un objet avec « command » et « regex »</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1 (at offset %2)</source>
        <translation>expression régulière non valide : %1 (à la position %2)</translation>
    </message>
    <message>
        <source>must be an object of variable names to strings or null</source>
        <translation>doit être un objet associant des noms de variables à des chaînes ou à null</translation>
    </message>
    <message>
        <source>is not a valid variable name</source>
        <translation>n’est pas un nom de variable valide</translation>
    </message>
    <message>
        <source>must be a string, or null to remove the variable</source>
        <translation>doit être une chaîne, ou null pour supprimer la variable</translation>
    </message>
    <message>
        <source>must be a string or an array of lines</source>
        <translation>doit être une chaîne ou un tableau de lignes</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;debian&quot;: &quot;gcc&quot;}</source>
        <translation>doit être un objet comme {&quot;debian&quot;: &quot;gcc&quot;}</translation>
    </message>
    <message>
        <source>unknown package manager (ignored; known: debian, fedora, homebrew, winget, url)</source>
        <translation>gestionnaire de paquets inconnu (ignoré ; connus : debian, fedora, homebrew, winget, url)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquant : %1</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>must hold one JSON object ({&quot;id&quot;: ..., ...})</source>
        <translation>doit contenir un objet JSON ({&quot;id&quot;: ..., ...})</translation>
    </message>
    <message>
        <source>must be an object keyed by platform (linux, macos, windows)</source>
        <translation>doit être un objet indexé par plateforme (linux, macos, windows)</translation>
    </message>
    <message>
        <source>unknown platform (ignored; known: linux, macos, windows)</source>
        <translation>plateforme inconnue (ignorée ; connues : linux, macos, windows)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>a short lower-case id such as &quot;java&quot;</source>
        <translation>un identifiant court en minuscules comme « java »</translation>
    </message>
    <message>
        <source>the name shown to people, such as &quot;Java&quot;</source>
        <translation>le nom affiché, par exemple « Java »</translation>
    </message>
    <message>
        <source>the KSyntaxHighlighting definition name, such as &quot;Java&quot;</source>
        <translation>le nom de la définition KSyntaxHighlighting, par exemple « Java »</translation>
    </message>
    <message>
        <source>the source file name, such as &quot;Main.java&quot;</source>
        <translation>le nom du fichier source, par exemple « Main.java »</translation>
    </message>
    <message>
        <source>the command that runs the program</source>
        <translation>la commande qui exécute le programme</translation>
    </message>
    <message>
        <source>missing: a regex needs the command whose output it reads</source>
        <translation>manquant : une expression régulière a besoin de la commande dont elle lit la sortie</translation>
    </message>
    <message>
        <source>no built-in language recipes (the resources were not linked into the program)</source>
        <translation>aucune recette de langage intégrée (les ressources n’ont pas été liées au programme)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>too large for a language recipe (%1 bytes)</source>
        <translation>trop grand pour une recette de langage (%1 octets)</translation>
    </message>
</context>
<context>
    <name>LanguagesCommand</name>
    <message>
        <source>Lists the languages and which toolchains are installed, with versions.</source>
        <translation>Liste les langages et les chaînes d’outils installées, avec leurs versions.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>Ask every toolchain again instead of using the cache.</source>
        <translation>Interroger de nouveau chaque chaîne d’outils au lieu d’utiliser le cache.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
</context>
<context>
    <name>LauncherExit</name>
    <message>
        <source>was killed or crashed</source>
        <translation>a été tué ou a planté</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>s’est terminé avec le code %1</translation>
    </message>
    <message>
        <source>cancelled; the launcher %1 before it reported</source>
        <translation>annulé ; le lanceur %1 avant son rapport</translation>
    </message>
    <message>
        <source>the measuring launcher %1 without a result</source>
        <translation>le lanceur de mesure %1 sans résultat</translation>
    </message>
    <message>
        <source>cannot start the measuring launcher %1: %2</source>
        <translation>impossible de démarrer le lanceur de mesure %1 : %2</translation>
    </message>
    <message>
        <source>a measured run is already going on</source>
        <translation>une exécution mesurée est déjà en cours</translation>
    </message>
</context>
<context>
    <name>LauncherProtocol</name>
    <message>
        <source>bad \x escape at column %1</source>
        <translation>échappement \x invalide à la colonne %1</translation>
    </message>
    <message>
        <source>unknown escape \%1 at column %2</source>
        <translation>échappement inconnu \%1 à la colonne %2</translation>
    </message>
    <message>
        <source>unterminated quoted value</source>
        <translation>valeur entre guillemets non terminée</translation>
    </message>
    <message>
        <source>not a record (no kind at the start)</source>
        <translation>pas un enregistrement (aucun type au début)</translation>
    </message>
    <message>
        <source>unexpected character at column %1</source>
        <translation>caractère inattendu à la colonne %1</translation>
    </message>
    <message>
        <source>expected key=value at column %1</source>
        <translation>clé=valeur attendu à la colonne %1</translation>
    </message>
    <message>
        <source>bad character in value at column %1</source>
        <translation>caractère invalide dans la valeur à la colonne %1</translation>
    </message>
    <message>
        <source>empty value for %1</source>
        <translation>valeur vide pour %1</translation>
    </message>
    <message>
        <source>line %1: longer than %2 bytes, skipped</source>
        <translation>ligne %1 : plus de %2 octets, ignorée</translation>
    </message>
    <message>
        <source>line %1: incomplete last line ignored: %2</source>
        <translation>ligne %1 : dernière ligne incomplète ignorée : %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the launcher reported no result</source>
        <translation>le lanceur n’a signalé aucun résultat</translation>
    </message>
    <message>
        <source>%1: not an integer: %2</source>
        <translation>%1 : pas un entier : %2</translation>
    </message>
    <message>
        <source>line %1: second header</source>
        <translation>ligne %1 : deuxième en-tête</translation>
    </message>
    <message>
        <source>line %1: header without a version %2</source>
        <translation>ligne %1 : en-tête sans version %2</translation>
    </message>
    <message>
        <source>line %1: %2 record before the header</source>
        <translation>ligne %1 : enregistrement %2 avant l’en-tête</translation>
    </message>
    <message>
        <source>the launcher speaks protocol version %1; this app understands version %2</source>
        <translation>le lanceur parle la version %1 du protocole ; cette application comprend la version %2</translation>
    </message>
    <message>
        <source>sample without t_ms, cpu_pct, rss_kib and procs</source>
        <translation>échantillon sans t_ms, cpu_pct, rss_kib et procs</translation>
    </message>
    <message>
        <source>line %1: second outcome record ignored</source>
        <translation>ligne %1 : deuxième enregistrement de résultat ignoré</translation>
    </message>
    <message>
        <source>line %1: result without exit and signal %2</source>
        <translation>ligne %1 : résultat sans exit ni signal %2</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>faster.codes comparison</source>
        <translation>Comparaison faster.codes</translation>
    </message>
    <message>
        <source>| metric | %1 median [95% CI] | %2 median [95% CI] | B / A [95% CI] | p |
</source>
        <translation>| mesure | médiane %1 [IC 95 %] | médiane %2 [IC 95 %] | B / A [IC 95 %] | p |
</translation>
    </message>
    <message>
        <source>| metric | side | n | mean ± σ | min – max | outliers |
|---|---|---:|---:|---:|---:|
</source>
        <translation>| mesure | côté | n | moyenne ± σ | min – max | valeurs aberrantes |
|---|---|---:|---:|---:|---:|
</translation>
    </message>
    <message>
        <source>- Toolchain: %1
</source>
        <translation>- Chaîne d’outils : %1
</translation>
    </message>
    <message>
        <source>- Flags: `%1`
</source>
        <translation>- Options : `%1`
</translation>
    </message>
    <message>
        <source>- Compile time: %1
</source>
        <translation>- Temps de compilation : %1
</translation>
    </message>
    <message>
        <source>- **Failed** (%1): %2
</source>
        <translation>- **Échec** (%1) : %2
</translation>
    </message>
    <message>
        <source>## Environment

</source>
        <translation>## Environnement

</translation>
    </message>
    <message numerus="yes">
        <source>- CPU: %1 (%n cores)
</source>
        <translation>
            <numerusform>- CPU : %1 (%n cœur)
</numerusform>
            <numerusform>- CPU : %1 (%n cœurs)
</numerusform>
        </translation>
    </message>
    <message>
        <source>- OS: %1, kernel %2 (%3)
</source>
        <translation>- Système : %1, noyau %2 (%3)
</translation>
    </message>
    <message>
        <source>- faster.codes %1, Qt %2
</source>
        <translation>- faster.codes %1, Qt %2
</translation>
    </message>
    <message>
        <source>- Sandboxed: %1
</source>
        <translation>- Dans le bac à sable : %1
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>- Started: %1
</source>
        <translation>- Démarré : %1
</translation>
    </message>
    <message>
        <source>- Note: %1
</source>
        <translation>- Remarque : %1
</translation>
    </message>
    <message>
        <source>- ⚠ %1
</source>
        <translation>- ⚠ %1
</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>%1 refused the connection (is the server running?)</source>
        <translation>%1 a refusé la connexion (le serveur tourne-t-il ?)</translation>
    </message>
    <message>
        <source>the host %1 was not found (offline, or a mistyped address?)</source>
        <translation>l’hôte %1 est introuvable (hors ligne, ou adresse mal saisie ?)</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation>la connexion à %1 a expiré</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation>la connexion sécurisée à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>le certificat de %1 n’est pas de confiance : %2</translation>
    </message>
    <message>
        <source>the network is not available (reaching %1)</source>
        <translation>le réseau n’est pas disponible (pour joindre %1)</translation>
    </message>
    <message>
        <source>the proxy did not get through to %1: %2</source>
        <translation>le proxy n’a pas pu joindre %1 : %2</translation>
    </message>
    <message>
        <source>the proxy asks for a password (reaching %1)</source>
        <translation>le proxy demande un mot de passe (pour joindre %1)</translation>
    </message>
    <message>
        <source>%1 redirected the request somewhere it cannot be followed</source>
        <translation>%1 a redirigé la requête vers un endroit impossible à suivre</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP that this app understands</source>
        <translation>%1 n’a pas répondu en HTTP compréhensible par cette application</translation>
    </message>
    <message>
        <source>talking to %1 failed: %2</source>
        <translation>l’échange avec %1 a échoué : %2</translation>
    </message>
    <message>
        <source>it did not accept the request</source>
        <translation>il n’a pas accepté la requête</translation>
    </message>
    <message>
        <source>it refused access</source>
        <translation>il a refusé l’accès</translation>
    </message>
    <message>
        <source>it has nothing at this address</source>
        <translation>il n’a rien à cette adresse</translation>
    </message>
    <message>
        <source>the document is too large for it</source>
        <translation>le document est trop volumineux pour lui</translation>
    </message>
    <message>
        <source>it rejected the document</source>
        <translation>il a rejeté le document</translation>
    </message>
    <message>
        <source>too many requests; it asks to wait</source>
        <translation>trop de requêtes ; il demande d’attendre</translation>
    </message>
    <message>
        <source>the server had a problem</source>
        <translation>le serveur a rencontré un problème</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>la requête a été refusée</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 a répondu %2 : %3</translation>
    </message>
    <message>
        <source>%1 answered %2: %3 (%4)</source>
        <translation>%1 a répondu %2 : %3 (%4)</translation>
    </message>
    <message>
        <source>the answer of %1 is larger than %2 MiB and was rejected</source>
        <translation>la réponse de %1 dépasse %2 Mio et a été rejetée</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>pas de réponse de %1 en %2 s</translation>
    </message>
    <message>
        <source>the request to %1 was cancelled: what sent it was closed</source>
        <translation>la requête vers %1 a été annulée : ce qui l’avait envoyée a été fermé</translation>
    </message>
</context>
<context>
    <name>Permalink</name>
    <message>
        <source>no backend is configured to look up run %1 (set one in the settings or with --backend)</source>
        <translation>aucun backend n’est configuré pour chercher l’exécution %1 (à définir dans les paramètres ou avec --backend)</translation>
    </message>
    <message>
        <source>the link has no host</source>
        <translation>le lien n’a pas d’hôte</translation>
    </message>
    <message>
        <source>links with a user name or password are not accepted</source>
        <translation>les liens avec un nom d’utilisateur ou un mot de passe ne sont pas acceptés</translation>
    </message>
    <message>
        <source>the link has no run id (expected %1/ID)</source>
        <translation>le lien n’a pas d’identifiant d’exécution (attendu : %1/ID)</translation>
    </message>
    <message>
        <source>the link has no run id (expected ?runId=ID or ?r=ID)</source>
        <translation>le lien n’a pas d’identifiant d’exécution (attendu : ?runId=ID ou ?r=ID)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid run id (1 to 32 characters: digits and a-z)</source>
        <translation>« %1 » n’est pas un identifiant d’exécution valide (1 à 32 caractères : chiffres et a-z)</translation>
    </message>
    <message>
        <source>the link is empty</source>
        <translation>le lien est vide</translation>
    </message>
    <message>
        <source>the link is too long to be a permalink</source>
        <translation>le lien est trop long pour être un permalien</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a link</source>
        <translation>« %1 » n’est pas un lien</translation>
    </message>
    <message>
        <source>links starting with &apos;%1:&apos; are not faster.codes links</source>
        <translation>les liens commençant par « %1: » ne sont pas des liens faster.codes</translation>
    </message>
    <message>
        <source>the link has no run id (expected fastercodes://run/ID)</source>
        <translation>le lien n’a pas d’identifiant d’exécution (attendu : fastercodes://run/ID)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable backend address: %2</source>
        <translation>« %1 » n’est pas une adresse de backend utilisable : %2</translation>
    </message>
    <message>
        <source>expected an http:// or https:// address such as http://127.0.0.1:8787</source>
        <translation>une adresse http:// ou https:// était attendue, par exemple http://127.0.0.1:8787</translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation>elle n’a pas d’hôte</translation>
    </message>
    <message>
        <source>it must not contain a user name, a query or a fragment</source>
        <translation>elle ne doit contenir ni nom d’utilisateur, ni requête, ni fragment</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>preparing</source>
        <translation>préparation</translation>
    </message>
    <message>
        <source>compiling %1</source>
        <translation>compilation de %1</translation>
    </message>
    <message>
        <source>compiling</source>
        <translation>compilation</translation>
    </message>
    <message>
        <source>warming up %1</source>
        <translation>échauffement de %1</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>échauffement</translation>
    </message>
    <message>
        <source>run %1 (adaptive)</source>
        <translation>exécution %1 (adaptatif)</translation>
    </message>
    <message>
        <source>run %1/%2</source>
        <translation>exécution %1/%2</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>finalisation</translation>
    </message>
    <message>
        <source>~%1 left</source>
        <translation>reste ~%1</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>illegal instruction</source>
        <translation>instruction illégale</translation>
    </message>
    <message>
        <source>abort</source>
        <translation>abandon</translation>
    </message>
    <message>
        <source>bus error</source>
        <translation>erreur de bus</translation>
    </message>
    <message>
        <source>arithmetic error</source>
        <translation>erreur arithmétique</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>tué</translation>
    </message>
    <message>
        <source>segmentation fault</source>
        <translation>erreur de segmentation</translation>
    </message>
    <message>
        <source>broken pipe</source>
        <translation>tube brisé</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>exited with code %1%2</source>
        <translation>s’est terminé avec le code %1%2</translation>
    </message>
    <message>
        <source>killed at the memory limit (%1 MiB)</source>
        <translation>arrêté à la limite de mémoire (%1 Mio)</translation>
    </message>
    <message>
        <source>crashed with %1%2</source>
        <translation>a planté avec %1%2</translation>
    </message>
    <message>
        <source>timed out after %1 s; its processes were killed</source>
        <translation>délai dépassé après %1 s ; ses processus ont été arrêtés</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>could not be started: %1</source>
        <translation>n’a pas pu être lancé : %1</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>could not start %1: %2</source>
        <translation>impossible de lancer %1 : %2</translation>
    </message>
    <message>
        <source>The compiler did not finish within %1 s and was stopped.</source>
        <translation>Le compilateur n’a pas fini en %1 s et a été arrêté.</translation>
    </message>
    <message>
        <source>the captured output %1 is %2: not read</source>
        <translation>la sortie capturée %1 est %2 : non lue</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>bubblewrap (bwrap) is not installed</source>
        <translation>bubblewrap (bwrap) n’est pas installé</translation>
    </message>
    <message>
        <source>bwrap cannot make its namespaces here: %1</source>
        <translation>bwrap ne peut pas créer ses espaces de noms ici : %1</translation>
    </message>
</context>
<context>
    <name>ShareCommand</name>
    <message>
        <source>Uploads a finished comparison to a backend and prints its permalink. When the backend cannot be reached, the upload is queued and &apos;fastercodes sync&apos; (or the app) delivers it later.</source>
        <translation>Envoie une comparaison terminée à un backend et affiche son permalien. Si le backend est injoignable, l’envoi est mis en file d’attente et « fastercodes sync » (ou l’application) le livre plus tard.</translation>
    </message>
    <message>
        <source>The backend&apos;s site, e.g. http://127.0.0.1:8787 (default: the settings, or $FASTERCODES_BACKEND).</source>
        <translation>Le site du backend, par ex. http://127.0.0.1:8787 (par défaut : les paramètres, ou $FASTERCODES_BACKEND).</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a comparison</source>
        <translation>%1 est trop volumineux pour être une comparaison</translation>
    </message>
    <message>
        <source>%1 is not a comparison: %2</source>
        <translation>%1 n’est pas une comparaison : %2</translation>
    </message>
    <message>
        <source>cannot save to the history: %1</source>
        <translation>impossible d’enregistrer dans l’historique : %1</translation>
    </message>
    <message>
        <source>%1; &apos;fastercodes sync&apos; or the app will deliver it to %2</source>
        <translation>%1 ; « fastercodes sync » ou l’application livrera la comparaison à %2</translation>
    </message>
    <message>
        <source>Share to a plain http:// backend on another machine even though the run&apos;s write token then travels unencrypted (refused otherwise).</source>
        <translation>Partager vers un backend http:// simple sur une autre machine même si le jeton d’écriture de l’exécution circule alors en clair (refusé sinon).</translation>
    </message>
    <message>
        <source>there is no history entry &apos;%1&apos;</source>
        <translation>aucune entrée d’historique « %1 »</translation>
    </message>
    <message>
        <source>A comparison written by &apos;fastercodes compare --json&apos; or exported by the app, or the id of a history entry (&apos;fastercodes history&apos;).</source>
        <translation>Une comparaison écrite par « fastercodes compare --json » ou exportée par l’application, ou l’identifiant d’une entrée d’historique (« fastercodes history »).</translation>
    </message>
    <message>
        <source>Print the document that would be uploaded, byte for byte (compact JSON: no host name, the work folders relative, the home folder as ~), and send and save nothing.</source>
        <translation>Afficher le document qui serait envoyé, octet pour octet (JSON compact : sans nom de machine, dossiers de travail relatifs, dossier personnel noté ~), sans rien envoyer ni enregistrer.</translation>
    </message>
    <message>
        <source>expected one result file or history id, got %1</source>
        <translation>un fichier de résultat ou un identifiant d’historique attendu, reçu %1</translation>
    </message>
    <message>
        <source>already shared to %1 as %2: &apos;share&apos; would send nothing again and print that link</source>
        <translation>déjà partagé sur %1 sous %2 : « share » n’enverrait rien de nouveau et afficherait ce lien</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>a backslash ends the text</source>
        <translation>une barre oblique inverse termine le texte</translation>
    </message>
    <message>
        <source>a single quote (&apos;) is not closed</source>
        <translation>une apostrophe (&apos;) n’est pas fermée</translation>
    </message>
    <message>
        <source>a double quote (&quot;) is not closed</source>
        <translation>un guillemet double (&quot;) n’est pas fermé</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Delivers the upload queue now, each entry to the backend it was shared to, and prints one permalink per delivered entry. Exit code 0 when the queue is empty afterwards, 1 when something is still queued or failed.</source>
        <translation>Livre maintenant la file d’envoi, chaque entrée au backend avec lequel elle a été partagée, et affiche un permalien par entrée livrée. Code de sortie 0 si la file est vide ensuite, 1 si quelque chose attend encore ou a échoué.</translation>
    </message>
    <message>
        <source>sync takes no arguments</source>
        <translation>sync ne prend aucun argument</translation>
    </message>
    <message>
        <source>Nothing to send: the upload queue is empty.</source>
        <translation>Rien à envoyer : la file d’envoi est vide.</translation>
    </message>
    <message>
        <source>still queued</source>
        <translation>toujours en attente</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>comparison %1 (%2): %3: %4</source>
        <translation>comparaison %1 (%2) : %3 : %4</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>  [95% CI %1 – %2]</source>
        <translation>  [IC 95 % %1 – %2]</translation>
    </message>
    <message>
        <source>  mean %1 ± %2  range %3 … %4</source>
        <translation>  moyenne %1 ± %2  plage %3 … %4</translation>
    </message>
    <message numerus="yes">
        <source>  (%n outlier(s))</source>
        <translation>
            <numerusform>  (%n valeur aberrante)</numerusform>
            <numerusform>  (%n valeurs aberrantes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n counted run(s)</source>
        <translation>
            <numerusform>, %n exécution comptée</numerusform>
            <numerusform>, %n exécutions comptées</numerusform>
        </translation>
    </message>
    <message>
        <source>, compiled in %1</source>
        <translation>, compilé en %1</translation>
    </message>
    <message>
        <source>  FAILED (%1): %2
</source>
        <translation>  ÉCHEC (%1) : %2
</translation>
    </message>
    <message>
        <source>Both sides printed the same output.
</source>
        <translation>Les deux côtés ont affiché la même sortie.
</translation>
    </message>
    <message>
        <source>The sides printed DIFFERENT output.
</source>
        <translation>Les côtés ont affiché des sorties DIFFÉRENTES.
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Remarque : %1
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>Avertissement : %1
</translation>
    </message>
    <message>
        <source>Sandboxed (bubblewrap: no network, read-only system, empty home, cleared environment).
</source>
        <translation>Dans un bac à sable (bubblewrap : pas de réseau, système en lecture seule, dossier personnel vide, environnement vidé).
</translation>
    </message>
</context>
<context>
    <name>ToolchainDetector</name>
    <message>
        <source>%1 is not installed (no %2 on the PATH) — install %3 (the Debian package; yours may be named differently)</source>
        <translation>%1 n’est pas installé (pas de %2 dans le PATH) — installez %3 (le paquet Debian ; le vôtre peut porter un autre nom)</translation>
    </message>
    <message>
        <source>%1 is not installed (no %2 on the PATH) — install %3</source>
        <translation>%1 n’est pas installé (pas de %2 dans le PATH) — installez %3</translation>
    </message>
    <message>
        <source>%1 is not installed (no %2 on the PATH) — see %3</source>
        <translation>%1 n’est pas installé (pas de %2 dans le PATH) — voir %3</translation>
    </message>
    <message>
        <source>%1 is not installed (no %2 on the PATH)</source>
        <translation>%1 n’est pas installé (pas de %2 dans le PATH)</translation>
    </message>
    <message>
        <source>%1 is installed, but its version was not found in &quot;%2&quot;</source>
        <translation>%1 est installé, mais sa version est introuvable dans « %2 »</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n’a pas pu être démarré : %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 n’a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 a planté</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 a échoué avec le code de sortie %2 : %3</translation>
    </message>
    <message>
        <source>install %1</source>
        <translation>installer %1</translation>
    </message>
    <message>
        <source>see %1</source>
        <translation>voir %1</translation>
    </message>
    <message>
        <source>install a toolchain that provides %1</source>
        <translation>installez une chaîne d’outils qui fournit %1</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>Temps CPU</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Pic de mémoire</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>wall time</source>
        <translation>temps écoulé</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>temps CPU</translation>
    </message>
    <message>
        <source>peak memory</source>
        <translation>pic de mémoire</translation>
    </message>
    <message>
        <source>a side has no measurements</source>
        <translation>un côté n’a aucune mesure</translation>
    </message>
    <message>
        <source>a median is zero or negative, so the sides cannot be compared as a ratio</source>
        <translation>une médiane est nulle ou négative, les côtés ne peuvent donc pas être comparés par un rapport</translation>
    </message>
    <message>
        <source>No verdict: the comparison failed</source>
        <translation>Pas de verdict : la comparaison a échoué</translation>
    </message>
    <message>
        <source>No verdict: %1</source>
        <translation>Pas de verdict : %1</translation>
    </message>
    <message>
        <source>Not enough runs for a verdict: need at least %1 per side (%2: %3, %4: %5)</source>
        <translation>Pas assez d’exécutions pour un verdict : il en faut au moins %1 par côté (%2 : %3, %4 : %5)</translation>
    </message>
    <message>
        <source>No significant difference in %1 between %2 and %3 (ratio %3/%2 %4, 95% CI %5–%6, %7, %8)</source>
        <translation>Pas de différence significative de %1 entre %2 et %3 (rapport %3/%2 %4, IC à 95 % %5–%6, %7, %8)</translation>
    </message>
    <message>
        <source>%1 is %2× faster than %3 (95% CI %4–%5, %6, %7)</source>
        <translation>%1 est %2× plus rapide que %3 (IC à 95 % %4–%5, %6, %7)</translation>
    </message>
    <message>
        <source>%1 uses %2× less CPU time than %3 (95% CI %4–%5, %6, %7)</source>
        <translation>%1 utilise %2× moins de temps CPU que %3 (IC à 95 % %4–%5, %6, %7)</translation>
    </message>
    <message>
        <source>%1 uses %2× less memory than %3 (95% CI %4–%5, %6, %7)</source>
        <translation>%1 utilise %2× moins de mémoire que %3 (IC à 95 % %4–%5, %6, %7)</translation>
    </message>
    <message numerus="yes">
        <source>%n runs each</source>
        <translation>
            <numerusform>%n exécution chacun</numerusform>
            <numerusform>%n exécutions chacun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs of %1, %2 of %3</source>
        <extracomment>The run count of each side: %n runs of side %1, %2 runs of side %3.</extracomment>
        <translation>
            <numerusform>%n exécution de %1, %2 de %3</numerusform>
            <numerusform>%n exécutions de %1, %2 de %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No meaningful difference (≤ %1%) in %2 between %3 and %4 (ratio %4/%3 %5, 95% CI %6–%7, %8, %9)</source>
        <extracomment>%1 the threshold in percent, %2 the metric, %3 and %4 the sides, %5 the ratio %4/%3 with its CI %6–%7, %8 the p-value, %9 the run counts.</extracomment>
        <translation>Pas de différence notable (≤ %1 %) en %2 entre %3 et %4 (rapport %4/%3 %5, IC à 95 % %6–%7, %8, %9)</translation>
    </message>
</context>
<context>
    <name>fc::BackendClient</name>
    <message>
        <source>the comparison is %1 MiB as JSON; a backend takes at most %2 MiB</source>
        <translation>la comparaison fait %1 Mio en JSON ; un backend accepte au plus %2 Mio</translation>
    </message>
    <message>
        <source>status %1 where 201 Created was expected</source>
        <translation>statut %1 alors que 201 Created était attendu</translation>
    </message>
    <message>
        <source>runId is missing or not a run id</source>
        <translation>runId est absent ou n’est pas un identifiant d’exécution</translation>
    </message>
    <message>
        <source>writeToken is missing or not a token</source>
        <translation>writeToken est absent ou n’est pas un jeton</translation>
    </message>
    <message>
        <source>permalink is not a link to run %1</source>
        <translation>permalink n’est pas un lien vers l’exécution %1</translation>
    </message>
    <message>
        <source>there is no run %1 at %2 (deleted, or a mistyped link?)</source>
        <translation>il n’y a pas d’exécution %1 sur %2 (supprimée, ou lien mal saisi ?)</translation>
    </message>
    <message>
        <source>status %1 where 200 OK was expected</source>
        <translation>statut %1 alors que 200 OK était attendu</translation>
    </message>
    <message>
        <source>the document has no &quot;schema&quot; marker</source>
        <translation>le document n’a pas de marqueur « schema »</translation>
    </message>
    <message>
        <source>not a valid comparison: %1</source>
        <translation>pas une comparaison valide : %1</translation>
    </message>
    <message>
        <source>it sent run &apos;%1&apos; when %2 was asked for</source>
        <translation>il a envoyé l’exécution « %1 » alors que %2 était demandée</translation>
    </message>
    <message>
        <source>status %1 where 204 was expected</source>
        <translation>statut %1 alors que 204 était attendu</translation>
    </message>
    <message>
        <source>%1 gave an answer this app cannot use (%2); nothing was changed</source>
        <translation>%1 a donné une réponse inutilisable par cette application (%2) ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON : %1 à l’octet %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>un objet JSON était attendu</translation>
    </message>
    <message>
        <source>permalink %1 is not on %2, where the run was shared</source>
        <translation>le permalien %1 n’est pas sur %2, où l’exécution a été partagée</translation>
    </message>
</context>
<context>
    <name>fc::ComparisonRunner</name>
    <message>
        <source>unknown language &apos;%1&apos;</source>
        <translation>langage inconnu « %1 »</translation>
    </message>
    <message>
        <source>could not create a work folder: %1</source>
        <translation>impossible de créer un dossier de travail : %1</translation>
    </message>
    <message>
        <source>could not write the standard input file</source>
        <translation>impossible d’écrire le fichier d’entrée standard</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>did not compile: %1</source>
        <translation>échec de la compilation : %1</translation>
    </message>
    <message>
        <source>
[fastercodes] the memory limit could not be applied here (no usable cgroup).</source>
        <translation>
[fastercodes] la limite de mémoire n’a pas pu être appliquée ici (aucun cgroup utilisable).</translation>
    </message>
    <message>
        <source>could not create a folder for the output: %1</source>
        <translation>impossible de créer un dossier pour la sortie : %1</translation>
    </message>
</context>
<context>
    <name>fc::LiveShare</name>
    <message>
        <source>the live share could not start: %1</source>
        <translation>le partage en direct n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>the live share stopped: %1</source>
        <translation>le partage en direct s’est arrêté : %1</translation>
    </message>
    <message>
        <source>the live share could not be finished: %1 (the run on the server stays unfinished and expires within an hour; share the comparison again)</source>
        <translation>le partage en direct n’a pas pu être terminé : %1 (l’exécution sur le serveur reste inachevée et expire dans l’heure ; partagez de nouveau la comparaison)</translation>
    </message>
    <message>
        <source>the live share was not started: %1 is plain http to another machine, so the run&apos;s write token would travel unencrypted; use https, or allow this backend in the Sync settings</source>
        <translation>le partage en direct n’a pas démarré : %1 est du http simple vers une autre machine, le jeton d’écriture de l’exécution circulerait donc en clair ; utilisez https, ou autorisez ce backend dans les paramètres de synchronisation</translation>
    </message>
</context>
<context>
    <name>fc::SyncService</name>
    <message>
        <source>only a finished comparison can be shared</source>
        <translation>seule une comparaison terminée peut être partagée</translation>
    </message>
    <message>
        <source>the upload could not be queued: %1</source>
        <translation>l’envoi n’a pas pu être mis en file d’attente : %1</translation>
    </message>
    <message>
        <source>upload %1 is no longer queued</source>
        <translation>l’envoi %1 n’est plus en file d’attente</translation>
    </message>
    <message>
        <source>already being uploaded</source>
        <translation>déjà en cours d’envoi</translation>
    </message>
    <message>
        <source>this comparison is not on any server</source>
        <translation>cette comparaison n’est sur aucun serveur</translation>
    </message>
    <message>
        <source>not sent: %1 asked to wait until %2 (%3)</source>
        <translation>non envoyé : %1 a demandé d’attendre jusqu’à %2 (%3)</translation>
    </message>
    <message>
        <source>not sent: %1 is plain http to another machine, so the run&apos;s write token would travel unencrypted; use https, or allow this backend in the Sync settings (command line: --allow-insecure-http)</source>
        <translation>non envoyé : %1 est du http simple vers une autre machine, le jeton d’écriture de l’exécution circulerait donc en clair ; utilisez https, ou autorisez ce backend dans les paramètres de synchronisation (ligne de commande : --allow-insecure-http)</translation>
    </message>
    <message>
        <source>not sent: %1 is plain http to another machine, so the run&apos;s write token would travel unencrypted; allow this backend in the Sync settings first</source>
        <translation>non envoyé : %1 est du http simple vers une autre machine, le jeton d’écriture de l’exécution circulerait donc en clair ; autorisez d’abord ce backend dans les paramètres de synchronisation</translation>
    </message>
</context>
<context>
    <name>fc::ui::AboutDialog</name>
    <message>
        <source>About faster.codes</source>
        <translation>À propos de faster.codes</translation>
    </message>
    <message>
        <source>Which of two snippets is faster, by how much, and how sure we are — on your machine.</source>
        <translation>Lequel de deux extraits est le plus rapide, de combien, et avec quelle certitude — sur votre machine.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>KDE Frameworks SyntaxHighlighting %1</source>
        <translation>KDE Frameworks SyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langage</translation>
    </message>
    <message>
        <source>Toolchain</source>
        <translation>Chaîne d’outils</translation>
    </message>
    <message>
        <source>not installed (%1)</source>
        <translation>non installé (%1)</translation>
    </message>
    <message>
        <source>not working: %1</source>
        <translation>ne fonctionne pas : %1</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3&lt;/a&gt; or later: you may share and change it under its terms. It comes with no warranty.</source>
        <translation>Logiciel libre sous la &lt;a href=&quot;%1&quot;&gt;licence publique générale GNU, version 3&lt;/a&gt; ou ultérieure : vous pouvez le partager et le modifier selon ses termes. Il est fourni sans aucune garantie.</translation>
    </message>
</context>
<context>
    <name>fc::ui::ChartPanel</name>
    <message>
        <source>Export this chart</source>
        <translation>Exporter ce graphique</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Save as PNG (2×)…</source>
        <translation>Enregistrer en PNG (2×)…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fc::ui::ChartsView</name>
    <message>
        <source>No charts yet. They appear when a comparison has finished.</source>
        <translation>Pas encore de graphiques. Ils apparaissent quand une comparaison est terminée.</translation>
    </message>
    <message>
        <source>No charts: a side has no measured runs. The Output tabs say why.</source>
        <translation>Pas de graphiques : un côté n’a aucune exécution mesurée. Les onglets Sortie expliquent pourquoi.</translation>
    </message>
</context>
<context>
    <name>fc::ui::CodeConsent</name>
    <message>
        <source>the file %1</source>
        <translation>le fichier %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::DetectionIndicator</name>
    <message>
        <source>Checking toolchains…</source>
        <translation>Vérification des chaînes d’outils…</translation>
    </message>
    <message>
        <source>Finding out which compilers and interpreters this machine has</source>
        <translation>Recherche des compilateurs et interpréteurs présents sur cette machine</translation>
    </message>
</context>
<context>
    <name>fc::ui::EditorsPage</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
</context>
<context>
    <name>fc::ui::EnvironmentView</name>
    <message numerus="yes">
        <source>%n run(s) per side</source>
        <translation>
            <numerusform>%n exécution par côté</numerusform>
            <numerusform>%n exécutions par côté</numerusform>
        </translation>
    </message>
    <message>
        <source>adaptive: %1–%2 runs, until the median&apos;s 95% CI is within ±%3 % or %4 passed</source>
        <translation>adaptatif : %1–%2 exécutions, jusqu’à ce que l’IC à 95 % de la médiane soit dans ±%3 % ou que %4 soient écoulées</translation>
    </message>
    <message numerus="yes">
        <source>%n warm-up(s)</source>
        <translation>
            <numerusform>%n échauffement</numerusform>
            <numerusform>%n échauffements</numerusform>
        </translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation>délai %1</translation>
    </message>
    <message>
        <source>memory limit %1</source>
        <translation>limite de mémoire %1</translation>
    </message>
    <message>
        <source>no memory limit</source>
        <translation>pas de limite de mémoire</translation>
    </message>
    <message>
        <source>The environment is recorded with every comparison.</source>
        <translation>L’environnement est enregistré avec chaque comparaison.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>not recorded (a comparison of the original faster.codes service)</source>
        <translation>non enregistré (une comparaison du service faster.codes d’origine)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n core(s))</source>
        <translation>
            <numerusform>%1 (%n cœur)</numerusform>
            <numerusform>%1 (%n cœurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>%1 language</source>
        <translation>Langage %1</translation>
    </message>
    <message>
        <source>%1 toolchain</source>
        <translation>Chaîne d’outils %1</translation>
    </message>
    <message>
        <source>%1 compile command</source>
        <translation>Commande de compilation %1</translation>
    </message>
    <message>
        <source>%1 flags</source>
        <translation>Options %1</translation>
    </message>
    <message>
        <source>%1 arguments</source>
        <translation>Arguments %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Run plan</source>
        <translation>Plan d’exécution</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>faster.codes %1, Qt %2</source>
        <translation>faster.codes %1, Qt %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Code from</source>
        <translation>Code provenant de</translation>
    </message>
    <message>
        <source>yes (bubblewrap: no network, read-only system, empty home, cleared environment)</source>
        <translation>oui (bubblewrap : pas de réseau, système en lecture seule, dossier personnel vide, environnement vidé)</translation>
    </message>
</context>
<context>
    <name>fc::ui::ExamplesDialog</name>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Filter by title or language</source>
        <translation>Filtrer par titre ou langage</translation>
    </message>
    <message>
        <source>Not installed here: %1</source>
        <translation>Non installé ici : %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::FileCommands</name>
    <message>
        <source>Replace the code?</source>
        <translation>Remplacer le code ?</translation>
    </message>
    <message>
        <source>Replace %1? Your edits there are not saved in a file.</source>
        <translation>Remplacer %1 ? Vos modifications n’y sont enregistrées dans aucun fichier.</translation>
    </message>
    <message>
        <source>Source files (%1)</source>
        <translation>Fichiers source (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open into side %1</source>
        <translation>Ouvrir dans le côté %1</translation>
    </message>
    <message>
        <source>the code of side %1</source>
        <translation>le code du côté %1</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir un fichier</translation>
    </message>
    <message>
        <source>Opened %1 into %2</source>
        <translation>%1 ouvert dans %2</translation>
    </message>
    <message>
        <source>Save side %1</source>
        <translation>Enregistrer le côté %1</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Enregistrer le fichier</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <source>Recent Comparisons</source>
        <translation>Comparaisons récentes</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>“%1” is no longer there (moved, renamed or deleted), so it was removed from %2.</source>
        <translation>« %1 » n’existe plus (déplacé, renommé ou supprimé) ; il a donc été retiré de %2.</translation>
    </message>
    <message>
        <source>Open comparison</source>
        <translation>Ouvrir une comparaison</translation>
    </message>
    <message>
        <source>Comparisons (*.json)</source>
        <translation>Comparaisons (*.json)</translation>
    </message>
    <message>
        <source>the code in both editors</source>
        <translation>le code des deux éditeurs</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
</context>
<context>
    <name>fc::ui::FindBar</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3, Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+F3, Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Occurrence suivante (F3, Entrée)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Mots &amp;entiers</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>Rem&amp;placer</translation>
    </message>
    <message>
        <source>Replace this match and go to the next one</source>
        <translation>Remplacer cette occurrence et passer à la suivante</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Tout remplacer</translation>
    </message>
    <message>
        <source>Replace every match (one step to undo)</source>
        <translation>Remplacer chaque occurrence (annulable en une étape)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacée</numerusform>
            <numerusform>%n remplacées</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>%1+ matches</source>
        <translation>%1+ occurrences</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>fc::ui::HistoryController</name>
    <message>
        <source>Uploaded: %1</source>
        <translation>Envoyé : %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Show the comparisons made so far</source>
        <translation>Afficher les comparaisons faites jusqu’ici</translation>
    </message>
    <message>
        <source>Open &amp;Permalink…</source>
        <translation>Ouvrir un &amp;permalien…</translation>
    </message>
    <message>
        <source>Open a shared comparison from its link</source>
        <translation>Ouvrir une comparaison partagée depuis son lien</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>Pa&amp;rtager…</translation>
    </message>
    <message>
        <source>Upload this comparison and get a link to it</source>
        <translation>Envoyer cette comparaison et obtenir un lien vers elle</translation>
    </message>
    <message>
        <source>&amp;Sync Settings…</source>
        <translation>Paramètres de &amp;synchronisation…</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Hi&amp;storique</translation>
    </message>
    <message>
        <source>Not saved to the history: %1</source>
        <translation>Non enregistré dans l’historique : %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Open Permalink</source>
        <translation>Ouvrir un permalien</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n’a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Opened %1; the source did not record: %2</source>
        <translation>%1 ouvert ; la source n’a pas enregistré : %2</translation>
    </message>
    <message>
        <source>Copied into the editors: change it and run</source>
        <translation>Copié dans les éditeurs : modifiez et lancez</translation>
    </message>
    <message>
        <source>Delete from Server</source>
        <translation>Supprimer du serveur</translation>
    </message>
    <message>
        <source>Delete %1 from the server? The link will stop working for everyone. The comparison stays in your history.</source>
        <translation>Supprimer %1 du serveur ? Le lien cessera de fonctionner pour tout le monde. La comparaison reste dans votre historique.</translation>
    </message>
    <message>
        <source>Deleted from the server</source>
        <translation>Supprimé du serveur</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
</context>
<context>
    <name>fc::ui::HistoryModel</name>
    <message>
        <source>downloaded</source>
        <translation>téléchargé</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>queued, retry at %1: %2</source>
        <translation>en attente, nouvel essai à %1 : %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <source>Downloaded from %1</source>
        <translation>Téléchargé depuis %1</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>favori</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>pas favori</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langages</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>uploaded: %1</source>
        <translation>envoyé : %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::HistoryView</name>
    <message>
        <source>Starred only</source>
        <translation>Favoris seulement</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Partager…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Search title, code, language, verdict…</source>
        <translation>Rechercher titre, code, langage, verdict…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langage</translation>
    </message>
    <message>
        <source>Show the results and put the code in the editors</source>
        <translation>Afficher les résultats et mettre le code dans les éditeurs</translation>
    </message>
    <message>
        <source>Run this comparison again on this machine</source>
        <translation>Relancer cette comparaison sur cette machine</translation>
    </message>
    <message>
        <source>Put this code into the editors as a new, editable comparison</source>
        <translation>Mettre ce code dans les éditeurs comme nouvelle comparaison modifiable</translation>
    </message>
    <message>
        <source>Delete from the history (can be undone for a while)</source>
        <translation>Supprimer de l’historique (annulable pendant un moment)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Star / Unstar</source>
        <translation>Ajouter / retirer des favoris</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Delete from Server</source>
        <translation>Supprimer du serveur</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Tous les langages</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>Duplicate into the Editors</source>
        <translation>Dupliquer dans les éditeurs</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Ajouter aux favoris</translation>
    </message>
</context>
<context>
    <name>fc::ui::LiveCharts</name>
    <message>
        <source>CPU of the current run</source>
        <translation>CPU de l’exécution en cours</translation>
    </message>
    <message>
        <source>time since start (ms)</source>
        <translation>temps depuis le début (ms)</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <source>Memory of the current run</source>
        <translation>Mémoire de l’exécution en cours</translation>
    </message>
    <message>
        <source>Wall time per run</source>
        <translation>Temps écoulé par exécution</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>wall time (ms)</source>
        <translation>temps écoulé (ms)</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>Exécutions %1</translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation>Médiane %1</translation>
    </message>
    <message>
        <source>memory (MiB)</source>
        <translation>mémoire (Mio)</translation>
    </message>
</context>
<context>
    <name>fc::ui::LiveShareBanner</name>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide this notice (the share goes on)</source>
        <translation>Masquer cet avis (le partage continue)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Sharing live: creating the run on %1…</source>
        <translation>Partage en direct : création de l’exécution sur %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared live&lt;/b&gt;: anyone with the link sees the runs arrive: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>&lt;b&gt;Partagé en direct&lt;/b&gt; : toute personne ayant le lien voit arriver les exécutions : &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared&lt;/b&gt;: the result is online at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>&lt;b&gt;Partagé&lt;/b&gt; : le résultat est en ligne à &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live share stopped&lt;/b&gt;: %1. The measurement goes on; share the result when it ends (File → Share).</source>
        <translation>&lt;b&gt;Partage en direct arrêté&lt;/b&gt; : %1. La mesure continue ; partagez le résultat à la fin (Fichier → Partager).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live share interrupted&lt;/b&gt;: %1. Trying again; the measurement goes on.</source>
        <translation>&lt;b&gt;Partage en direct interrompu&lt;/b&gt; : %1. Nouvel essai ; la mesure continue.</translation>
    </message>
</context>
<context>
    <name>fc::ui::LiveShareController</name>
    <message>
        <source>Share &amp;Live</source>
        <translation>Partager en &amp;direct</translation>
    </message>
    <message>
        <source>Share comparisons while they run: a link where anyone sees the runs arrive, then the result</source>
        <translation>Partager les comparaisons pendant qu’elles tournent : un lien où chacun voit arriver les exécutions, puis le résultat</translation>
    </message>
</context>
<context>
    <name>fc::ui::MainWindow</name>
    <message>
        <source>the code in both editors</source>
        <translation>le code des deux éditeurs</translation>
    </message>
    <message>
        <source>Loaded “%1”</source>
        <translation>« %1 » chargé</translation>
    </message>
    <message>
        <source>Choose a language for %1</source>
        <translation>Choisissez un langage pour %1</translation>
    </message>
    <message>
        <source>%1 has no code</source>
        <translation>%1 n’a pas de code</translation>
    </message>
    <message>
        <source>%1 cannot run: %2 is not installed</source>
        <translation>%1 ne peut pas s’exécuter : %2 n’est pas installé</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>No web browser to open %1</source>
        <translation>Aucun navigateur web pour ouvrir %1</translation>
    </message>
    <message>
        <source>Not run: someone else&apos;s code needs your consent</source>
        <translation>Non exécuté : le code de quelqu’un d’autre nécessite votre accord</translation>
    </message>
    <message>
        <source>The flags or arguments of %1 cannot be split into words</source>
        <translation>Les options ou arguments de %1 ne peuvent pas être découpés en mots</translation>
    </message>
</context>
<context>
    <name>fc::ui::OpenPermalinkDialog</name>
    <message>
        <source>Open Permalink</source>
        <translation>Ouvrir un permalien</translation>
    </message>
    <message>
        <source>&amp;Link to a comparison (faster.codes or a backend of this app), or a run id:</source>
        <translation>&amp;Lien vers une comparaison (faster.codes ou un backend de cette application), ou un identifiant d’exécution :</translation>
    </message>
    <message>
        <source>Run %1 of the original faster.codes service, from %2</source>
        <translation>Exécution %1 du service faster.codes d’origine, depuis %2</translation>
    </message>
    <message>
        <source>Run %1 from %2</source>
        <translation>Exécution %1 depuis %2</translation>
    </message>
</context>
<context>
    <name>fc::ui::OutputView</name>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Double-click or press Enter to jump to the line</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour aller à la ligne</translation>
    </message>
    <message>
        <source>No output yet.</source>
        <translation>Pas encore de sortie.</translation>
    </message>
    <message>
        <source>Nothing to compile (interpreted).</source>
        <translation>Rien à compiler (interprété).</translation>
    </message>
    <message>
        <source>Compiled in %1.</source>
        <translation>Compilé en %1.</translation>
    </message>
    <message>
        <source>%1 did not compile (exit code %2).</source>
        <translation>La compilation de %1 a échoué (code de sortie %2).</translation>
    </message>
    <message numerus="yes">
        <source>Compiled in %1, ran %n time(s).</source>
        <translation>
            <numerusform>Compilé en %1, exécuté %n fois.</numerusform>
            <numerusform>Compilé en %1, exécuté %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ran %n time(s).</source>
        <translation>
            <numerusform>Exécuté %n fois.</numerusform>
            <numerusform>Exécuté %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%1 more bytes not kept)</source>
        <extracomment>%1 is a byte count; the plural form follows it.</extracomment>
        <translation>
            <numerusform>(%1 octet de plus non conservé)</numerusform>
            <numerusform>(%1 octets de plus non conservés)</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output of the first run</source>
        <translation>sortie standard de la première exécution</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>erreur standard</translation>
    </message>
</context>
<context>
    <name>fc::ui::ProgressIndicator</name>
    <message>
        <source>stopped after %1</source>
        <translation>arrêté après %1</translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation>terminé en %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::RecentList</name>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
</context>
<context>
    <name>fc::ui::ResultsPage</name>
    <message>
        <source>CPU and memory of the current run, and every run&apos;s wall time as it arrives</source>
        <translation>CPU et mémoire de l’exécution en cours, et le temps écoulé de chaque exécution dès qu’il arrive</translation>
    </message>
    <message>
        <source>Medians with confidence intervals, ratios, tests and spread</source>
        <translation>Médianes avec intervalles de confiance, rapports, tests et dispersion</translation>
    </message>
    <message>
        <source>Distributions, run-by-run progression and time series</source>
        <translation>Distributions, progression exécution par exécution et séries temporelles</translation>
    </message>
    <message>
        <source>Where and how the comparison ran</source>
        <translation>Où et comment la comparaison s’est déroulée</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Output A</source>
        <translation>Sortie A</translation>
    </message>
    <message>
        <source>Output B</source>
        <translation>Sortie B</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
</context>
<context>
    <name>fc::ui::ResultsView</name>
    <message>
        <source>Wall time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>Temps CPU</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Pic de mémoire</translation>
    </message>
    <message>
        <source>Compile time</source>
        <translation>Temps de compilation</translation>
    </message>
    <message>
        <source>%1 %2 faster</source>
        <translation>%1 %2 plus rapide</translation>
    </message>
    <message>
        <source>%1 %2 less CPU</source>
        <translation>%1 %2 moins de CPU</translation>
    </message>
    <message>
        <source>%1 %2 less memory</source>
        <translation>%1 %2 moins de mémoire</translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation>pas de différence significative</translation>
    </message>
    <message>
        <source>too few runs</source>
        <translation>trop peu d’exécutions</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>pas de verdict</translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s)</source>
        <translation>
            <numerusform>%n valeur aberrante</numerusform>
            <numerusform>%n valeurs aberrantes</numerusform>
        </translation>
    </message>
    <message>
        <source>No run is further than 3.5 MADs from the median</source>
        <translation>Aucune exécution n’est à plus de 3,5 MAD de la médiane</translation>
    </message>
    <message numerus="yes">
        <source>Runs %1 (modified z-score above 3.5; kept, not dropped)</source>
        <extracomment>%1 lists the outlying runs&apos; numbers; the plural form follows their count.</extracomment>
        <translation>
            <numerusform>Exécution %1 (z-score modifié supérieur à 3,5 ; conservée, pas écartée)</numerusform>
            <numerusform>Exécutions %1 (z-score modifié supérieur à 3,5 ; conservées, pas écartées)</numerusform>
        </translation>
    </message>
    <message>
        <source>No results yet. Press Ctrl+Enter to compare.</source>
        <translation>Pas encore de résultats. Ctrl+Entrée lance la comparaison.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>A median [95% CI]</source>
        <translation>Médiane A [IC 95 %]</translation>
    </message>
    <message>
        <source>B median [95% CI]</source>
        <translation>Médiane B [IC 95 %]</translation>
    </message>
    <message>
        <source>B ÷ A [95% CI]</source>
        <translation>B ÷ A [IC 95 %]</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>valeur p</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Ratio of the medians, B over A, with its bootstrap 95% confidence interval: below 1 means B is lower</source>
        <translation>Rapport des médianes, B sur A, avec son intervalle de confiance bootstrap à 95 % : en dessous de 1, B est plus bas</translation>
    </message>
    <message>
        <source>Two-sided Mann–Whitney U test</source>
        <translation>Test U de Mann–Whitney bilatéral</translation>
    </message>
    <message>
        <source>A mean ± σ</source>
        <translation>Moyenne A ± σ</translation>
    </message>
    <message>
        <source>A min–max</source>
        <translation>Min–max A</translation>
    </message>
    <message>
        <source>A outliers</source>
        <translation>Valeurs aberrantes A</translation>
    </message>
    <message>
        <source>B mean ± σ</source>
        <translation>Moyenne B ± σ</translation>
    </message>
    <message>
        <source>B min–max</source>
        <translation>Min–max B</translation>
    </message>
    <message>
        <source>B outliers</source>
        <translation>Valeurs aberrantes B</translation>
    </message>
    <message numerus="yes">
        <source>%n counted run(s) per side</source>
        <translation>
            <numerusform>%n exécution comptée par côté</numerusform>
            <numerusform>%n exécutions comptées par côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warm-up run(s) not counted</source>
        <translation>
            <numerusform>%n exécution d’échauffement non comptée</numerusform>
            <numerusform>%n exécutions d’échauffement non comptées</numerusform>
        </translation>
    </message>
    <message>
        <source>sandboxed</source>
        <translation>dans le bac à sable</translation>
    </message>
    <message>
        <source>not sandboxed</source>
        <translation>hors bac à sable</translation>
    </message>
    <message>
        <source>interpreted</source>
        <translation>interprété</translation>
    </message>
    <message>
        <source>Compiled once; not part of the runs</source>
        <translation>Compilé une fois ; ne fait pas partie des exécutions</translation>
    </message>
    <message>
        <source>both printed the same output</source>
        <translation>les deux ont affiché la même sortie</translation>
    </message>
    <message>
        <source>the outputs DIFFER</source>
        <translation>les sorties DIFFÈRENT</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n counted run(s)</source>
        <translation>
            <numerusform>%1 : %n exécution comptée</numerusform>
            <numerusform>%1 : %n exécutions comptées</numerusform>
        </translation>
    </message>
    <message>
        <source>no meaningful difference (≤ %1%)</source>
        <translation>pas de différence notable (≤ %1 %)</translation>
    </message>
</context>
<context>
    <name>fc::ui::RunController</name>
    <message>
        <source>Running… the verdict appears when both sides have run.</source>
        <translation>En cours… le verdict apparaît quand les deux côtés se sont exécutés.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse…</translation>
    </message>
</context>
<context>
    <name>fc::ui::RunHerePrompt</name>
    <message>
        <source>Run someone else&apos;s code?</source>
        <translation>Exécuter le code de quelqu’un d’autre ?</translation>
    </message>
    <message>
        <source>another machine</source>
        <translation>une autre machine</translation>
    </message>
    <message>
        <source>bubblewrap (bwrap) is not installed</source>
        <translation>bubblewrap (bwrap) n’est pas installé</translation>
    </message>
    <message>
        <source>this system has none that the app can use</source>
        <translation>ce système n’en a aucun que l’application puisse utiliser</translation>
    </message>
    <message>
        <source>This code comes from %1 and has not been run on this machine. Run it here, in the sandbox?</source>
        <translation>Ce code vient de %1 et n’a pas été exécuté sur cette machine. L’exécuter ici, dans le bac à sable ?</translation>
    </message>
    <message>
        <source>This code comes from %1 and has not been run on this machine. There is no sandbox here (%2): it would run with all of your rights. Run it only if you trust it.</source>
        <translation>Ce code vient de %1 et n’a pas été exécuté sur cette machine. Il n’y a pas de bac à sable ici (%2) : il s’exécuterait avec tous vos droits. Ne l’exécutez que si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>Run in the Sandbox</source>
        <translation>Exécuter dans le bac à sable</translation>
    </message>
    <message>
        <source>Run Without a Sandbox</source>
        <translation>Exécuter sans bac à sable</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <extracomment>Where foreign code came from: %1 the backend&apos;s host, %2 the run&apos;s ID.</extracomment>
        <translation>%1 (exécution %2)</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Lien : %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::RunPlanBar</name>
    <message>
        <source>Ada&amp;ptive</source>
        <translation>Ada&amp;ptatif</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>Exécu&amp;tions</translation>
    </message>
    <message>
        <source>Run each side a fixed number of times</source>
        <translation>Exécuter chaque côté un nombre fixe de fois</translation>
    </message>
    <message>
        <source>Counted runs per side</source>
        <translation>Exécutions comptées par côté</translation>
    </message>
    <message>
        <source>Runs per side</source>
        <translation>Exécutions par côté</translation>
    </message>
    <message>
        <source>Run until the 95% CI of each median is within the target, or the time budget is spent</source>
        <translation>Exécuter jusqu’à ce que l’IC à 95 % de chaque médiane soit dans la cible, ou que le budget de temps soit épuisé</translation>
    </message>
    <message>
        <source>Target half-width of the medians&apos; 95% confidence intervals</source>
        <translation>Demi-largeur visée des intervalles de confiance à 95 % des médianes</translation>
    </message>
    <message>
        <source>Target precision</source>
        <translation>Précision visée</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time budget: stop measuring after this long</source>
        <translation>Budget de temps : arrêter de mesurer après cette durée</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Budget de temps</translation>
    </message>
    <message>
        <source>Warm-up runs per side, not counted</source>
        <translation>Exécutions d’échauffement par côté, non comptées</translation>
    </message>
    <message>
        <source>A run taking longer than this is stopped and the side fails</source>
        <translation>Une exécution plus longue est arrêtée et le côté échoue</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Memory limit per run (none = no limit)</source>
        <translation>Limite de mémoire par exécution (aucune = illimitée)</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>&amp;Warm-up</source>
        <translation>É&amp;chauffement</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Délai</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <translation>&amp;Mémoire</translation>
    </message>
    <message>
        <source>Run in a sandbox: no network, a read-only system, an empty home and /tmp, only its own work folder, a cleared environment</source>
        <translation>Exécuter dans un bac à sable : pas de réseau, un système en lecture seule, un dossier personnel et un /tmp vides, seulement son propre dossier de travail, un environnement vidé</translation>
    </message>
</context>
<context>
    <name>fc::ui::SettingsDialog</name>
    <message>
        <source>&amp;Fixed number of runs</source>
        <translation>Nombre &amp;fixe d’exécutions</translation>
    </message>
    <message>
        <source>&amp;Adaptive: run until the result is precise enough</source>
        <translation>&amp;Adaptatif : exécuter jusqu’à ce que le résultat soit assez précis</translation>
    </message>
    <message>
        <source>Check that both sides print the same &amp;output</source>
        <translation>Vérifier que les deux côtés affichent la même sor&amp;tie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Follow the light/dark theme</source>
        <translation>Suivre le thème clair/sombre</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> spaces</source>
        <translation> espaces</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Editor colours:</source>
        <translation>Couleurs de l’é&amp;diteur :</translation>
    </message>
    <message>
        <source>Editor &amp;font size:</source>
        <translation>Taille de la &amp;police de l’éditeur :</translation>
    </message>
    <message>
        <source>Tab &amp;width:</source>
        <translation>Lar&amp;geur de tabulation :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>&amp;Runs per side:</source>
        <translation>&amp;Exécutions par côté :</translation>
    </message>
    <message>
        <source>Target 95% CI of the &amp;median:</source>
        <translation>IC à 95 % visé de la &amp;médiane :</translation>
    </message>
    <message>
        <source>Runs per side, at l&amp;east:</source>
        <translation>Exécutions par côté, au m&amp;oins :</translation>
    </message>
    <message>
        <source>Runs per side, at mo&amp;st:</source>
        <translation>Exécutions par côté, au p&amp;lus :</translation>
    </message>
    <message>
        <source>Time &amp;budget:</source>
        <translation>&amp;Budget de temps :</translation>
    </message>
    <message>
        <source>&amp;Warm-up runs (not counted):</source>
        <translation>Exécutions d’é&amp;chauffement (non comptées) :</translation>
    </message>
    <message>
        <source>&amp;Timeout per run:</source>
        <translation>&amp;Délai par exécution :</translation>
    </message>
    <message>
        <source>Memory &amp;limit per run:</source>
        <translation>Limite de mémoi&amp;re par exécution :</translation>
    </message>
    <message>
        <source>&amp;Process limit (threads count):</source>
        <translation>Limite de &amp;processus (les threads comptent) :</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>none (any significant difference)</source>
        <translation>aucun (toute différence significative)</translation>
    </message>
    <message>
        <source>A side is called faster only when the 95% confidence interval of the ratio lies wholly beyond this difference; otherwise the verdict is “no meaningful difference”.</source>
        <translation>Un côté n’est déclaré plus rapide que si l’intervalle de confiance à 95 % du rapport est entièrement au-delà de cette différence ; sinon le verdict est « pas de différence notable ».</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>non attaché</translation>
    </message>
    <message>
        <source>Run both sides on this one CPU only (Linux): the scheduler then cannot move a run between cores. Choose a core other programs leave alone.</source>
        <translation>Exécuter les deux côtés sur ce seul CPU (Linux) : l’ordonnanceur ne peut alors pas déplacer une exécution d’un cœur à l’autre. Choisissez un cœur que les autres programmes laissent libre.</translation>
    </message>
    <message>
        <source>Practical &amp;difference threshold:</source>
        <translation>Seuil de &amp;différence pratique :</translation>
    </message>
    <message>
        <source>Pin both sides to &amp;CPU:</source>
        <translation>Attacher les deux côtés au &amp;CPU :</translation>
    </message>
    <message>
        <source>Run in a sa&amp;ndbox (no network, read-only system, empty home, no secrets in the environment)</source>
        <translation>Exécuter dans un bac à &amp;sable (pas de réseau, système en lecture seule, dossier personnel vide, aucun secret dans l’environnement)</translation>
    </message>
</context>
<context>
    <name>fc::ui::ShareDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Share Comparison</source>
        <translation>Partager la comparaison</translation>
    </message>
    <message>
        <source>Permalink</source>
        <translation>Permalien</translation>
    </message>
    <message>
        <source>Copy the permalink to the clipboard</source>
        <translation>Copier le permalien dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Uploading to %1…</source>
        <translation>Envoi vers %1…</translation>
    </message>
    <message>
        <source>Shared on %1. Anyone with this link can see the comparison:</source>
        <translation>Partagé sur %1. Toute personne ayant ce lien peut voir la comparaison :</translation>
    </message>
    <message>
        <source>Queued: %1.
It will be uploaded to %2 when the server can be reached; the history shows its state.</source>
        <translation>En attente : %1.
La comparaison sera envoyée vers %2 dès que le serveur sera joignable ; l’historique en montre l’état.</translation>
    </message>
    <message>
        <source>Not shared: %1</source>
        <translation>Non partagé : %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::SidePane</name>
    <message>
        <source>Language of side %1</source>
        <translation>Langage du côté %1</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>options</translation>
    </message>
    <message>
        <source>Compiler or interpreter flags, split like a shell would; empty = the language&apos;s defaults</source>
        <translation>Options du compilateur ou de l’interpréteur, découpées comme par un shell ; vide = valeurs par défaut du langage</translation>
    </message>
    <message>
        <source>Flags of side %1</source>
        <translation>Options du côté %1</translation>
    </message>
    <message>
        <source>program arguments</source>
        <translation>arguments du programme</translation>
    </message>
    <message>
        <source>Arguments passed to the program on every run</source>
        <translation>Arguments passés au programme à chaque exécution</translation>
    </message>
    <message>
        <source>Arguments of side %1</source>
        <translation>Arguments du côté %1</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <source>Show the standard input given to the program</source>
        <translation>Afficher l’entrée standard donnée au programme</translation>
    </message>
    <message>
        <source>Standard input for every run</source>
        <translation>Entrée standard pour chaque exécution</translation>
    </message>
    <message>
        <source>Code of side %1</source>
        <translation>Code du côté %1</translation>
    </message>
    <message>
        <source>Side A (left)</source>
        <translation>Côté A (gauche)</translation>
    </message>
    <message>
        <source>Side B (right)</source>
        <translation>Côté B (droite)</translation>
    </message>
    <message>
        <source>%1 — not installed</source>
        <translation>%1 — non installé</translation>
    </message>
    <message>
        <source>%1 — not working</source>
        <translation>%1 — ne fonctionne pas</translation>
    </message>
    <message>
        <source>flags (default: %1)</source>
        <translation>options (par défaut : %1)</translation>
    </message>
    <message>
        <source>Replace the code?</source>
        <translation>Remplacer le code ?</translation>
    </message>
    <message>
        <source>Side %1 has code you edited. Replace it with the %2 template?</source>
        <translation>Le côté %1 contient du code que vous avez modifié. Le remplacer par le modèle %2 ?</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; that is not a snippet.</source>
        <translation>%1 dépasse 4 Mio ; ce n’est pas un extrait.</translation>
    </message>
</context>
<context>
    <name>fc::ui::SyncSettingsPage</name>
    <message>
        <source>Upload every finished comparison</source>
        <translation>Envoyer chaque comparaison terminée</translation>
    </message>
    <message>
        <source>Where comparisons are shared to and bare run ids are looked up. The local backend of &apos;toolchains/dev backend&apos; is %1.</source>
        <translation>Où les comparaisons sont partagées et où les identifiants seuls sont cherchés. Le backend local de « toolchains/dev backend » est %1.</translation>
    </message>
    <message>
        <source>Off: only what you share is uploaded. On: every comparison that finishes is queued for the backend.</source>
        <translation>Désactivé : seul ce que vous partagez est envoyé. Activé : chaque comparaison terminée est mise en attente pour le backend.</translation>
    </message>
    <message>
        <source>One site per line. Links to these sites are read from the original service&apos;s API.</source>
        <translation>Un site par ligne. Les liens vers ces sites sont lus depuis l’API du service d’origine.</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend :</translation>
    </message>
    <message>
        <source>Original &amp;sites:</source>
        <translation>&amp;Sites d’origine :</translation>
    </message>
    <message>
        <source>Original &amp;API:</source>
        <translation>&amp;API d’origine :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Unencrypted Backend</source>
        <translation>Backend non chiffré</translation>
    </message>
    <message>
        <source>%1 is plain http on another machine. Sharing to it sends each comparison, and receives the write token that can delete it, unencrypted: anyone on the network path can read or change them. Use this backend anyway?</source>
        <translation>%1 est du http simple sur une autre machine. Partager vers lui envoie chaque comparaison, et reçoit le jeton d’écriture qui permet de la supprimer, en clair : toute personne sur le chemin réseau peut les lire ou les modifier. Utiliser ce backend quand même ?</translation>
    </message>
    <message>
        <source>Use Unencrypted</source>
        <translation>Utiliser sans chiffrement</translation>
    </message>
    <message>
        <source>plain http to another machine: use https, or agree to send write tokens unencrypted</source>
        <translation>http simple vers une autre machine : utilisez https, ou acceptez d’envoyer les jetons d’écriture en clair</translation>
    </message>
</context>
<context>
    <name>fc::ui::UploadPreviewDialog</name>
    <message>
        <source>%1: %2 code (%3 lines)</source>
        <translation>%1 : code %2 (%3 lignes)</translation>
    </message>
    <message>
        <source>While the comparison runs, each measured run is sent to &lt;b&gt;%1&lt;/b&gt; as it arrives, then the result.</source>
        <translation>Pendant la comparaison, chaque exécution mesurée est envoyée à &lt;b&gt;%1&lt;/b&gt; dès qu’elle arrive, puis le résultat.</translation>
    </message>
    <message>
        <source>The comparison is uploaded to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>La comparaison est envoyée à &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 &lt;b&gt;Anyone with the link can read it.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It holds: the code of both sides (%2), their flags, arguments and standard input, every run&apos;s figures, the compiler&apos;s and the programs&apos; output, and this machine&apos;s processor, core count, memory and operating system.&lt;/p&gt;&lt;p&gt;It does not hold this computer&apos;s name; work folders appear as relative paths, and your home folder as &lt;tt&gt;~&lt;/tt&gt;. Below is the document exactly as it is sent.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 &lt;b&gt;Toute personne ayant le lien peut la lire.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Elle contient : le code des deux côtés (%2), leurs options, arguments et entrée standard, les chiffres de chaque exécution, la sortie du compilateur et des programmes, ainsi que le processeur, le nombre de cœurs, la mémoire et le système d’exploitation de cette machine.&lt;/p&gt;&lt;p&gt;Elle ne contient pas le nom de cet ordinateur ; les dossiers de travail apparaissent en chemins relatifs et votre dossier personnel en &lt;tt&gt;~&lt;/tt&gt;. Ci-dessous, le document exactement tel qu’il est envoyé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again</source>
        <translation>&amp;Ne plus afficher</translation>
    </message>
    <message>
        <source>Share Live: What Is Sent</source>
        <translation>Partager en direct : ce qui est envoyé</translation>
    </message>
    <message>
        <source>Share: What Is Uploaded</source>
        <translation>Partager : ce qui est envoyé</translation>
    </message>
    <message>
        <source>The document that is sent</source>
        <translation>Le document envoyé</translation>
    </message>
    <message>
        <source>Share &amp;Live</source>
        <translation>Partager en &amp;direct</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Envoyer</translation>
    </message>
</context>
<context>
    <name>fc::ui::VerdictBanner</name>
    <message>
        <source>Run it here…</source>
        <translation>L’exécuter ici…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Run this code on your machine (it was written by someone else)</source>
        <translation>Exécuter ce code sur votre machine (quelqu’un d’autre l’a écrit)</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to compare</source>
        <translation>Appuyez sur Ctrl+Entrée pour comparer</translation>
    </message>
    <message>
        <source>Comparison from &lt;b&gt;%1&lt;/b&gt; — code not run on this machine.</source>
        <translation>Comparaison venant de &lt;b&gt;%1&lt;/b&gt; — code non exécuté sur cette machine.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::WindowMenus</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Compile both sides and compare them (Ctrl+Enter)</source>
        <translation>Compiler les deux côtés et les comparer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the running comparison (Esc)</source>
        <translation>Arrêter la comparaison en cours (Échap)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Examples…</source>
        <translation>&amp;Exemples…</translation>
    </message>
    <message>
        <source>Browse classic pairs to compare (Ctrl+Shift+E)</source>
        <translation>Parcourir des paires classiques à comparer (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;Open into A…</source>
        <translation>&amp;Ouvrir dans A…</translation>
    </message>
    <message>
        <source>Open a file into the focused side (A unless B has the focus)</source>
        <translation>Ouvrir un fichier dans le côté actif (A sauf si B a le focus)</translation>
    </message>
    <message>
        <source>Open into &amp;B…</source>
        <translation>Ouvrir dans &amp;B…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Check &amp;toolchains again</source>
        <translation>Revérifier les &amp;chaînes d’outils</translation>
    </message>
    <message>
        <source>Editor &amp;A</source>
        <translation>Éditeur &amp;A</translation>
    </message>
    <message>
        <source>Editor &amp;B</source>
        <translation>Éditeur &amp;B</translation>
    </message>
    <message>
        <source>&amp;About faster.codes</source>
        <translation>À &amp;propos de faster.codes</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>E&amp;xemples</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the comparison as JSON, CSV or Markdown</source>
        <translation>Exporter la comparaison en JSON, CSV ou Markdown</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Open &amp;Comparison…</source>
        <translation>Ouvrir une &amp;comparaison…</translation>
    </message>
    <message>
        <source>Open a comparison saved as JSON (Export as JSON) with its code and results</source>
        <translation>Ouvrir une comparaison enregistrée en JSON (Exporter en JSON) avec son code et ses résultats</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Recent Co&amp;mparisons</source>
        <translation>Co&amp;mparaisons récentes</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find in the focused editor (Ctrl+F)</source>
        <translation>Rechercher dans l’éditeur actif (Ctrl+F)</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <source>Find and replace in the focused editor (Ctrl+R)</source>
        <translation>Rechercher et remplacer dans l’éditeur actif (Ctrl+R)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>faster.codes &amp;Documentation</source>
        <translation>&amp;Documentation de faster.codes</translation>
    </message>
    <message>
        <source>Open the user guide in the web browser (F1)</source>
        <translation>Ouvrir le guide d’utilisation dans le navigateur web (F1)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
</TS>
