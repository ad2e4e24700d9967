# Turkish, German, French, Spanish and Russian stories for the twenty-sixth held-out part (h26-*).
# Fictional; written for newsflow. Markup and extra fields as in articles_h26_en.py.
ARTICLES = [
dict(id="h26-tr-001", lang="tr", tpl="liveblog", section="Gündem", date="2026-01-20", byline="Haber Merkezi",
     title="CANLI | Yoğun kar: İki köprü kapandı, okullar çarşamba da tatil",
     sub="Kent merkezinde gece boyunca 40 santimetre kar yağdı; belediye otobüsleri yokuşlu mahallelere çıkamıyor.",
     caption="Karla kaplı sahil yolunda ilerleyen araçlar.", credit="Fotoğraf: Haber Merkezi",
     times=["17:40", "15:15", "13:05", "10:30", "08:20"],
     carry=["developing", "wireend"], avoid=["gift"],
     body="""
## Valilik: Okullar çarşamba günü de kapalı

Valilik, kar yağışının yarın da sürmesi beklendiği için ilçedeki tüm okullarda eğitime çarşamba günü de ara verildiğini duyurdu. Karar, kamu kurumlarında çalışan hamile ve engelli personeli de kapsıyor.

"Çocuklarımızı riske atmayacağız," dedi Vali Yardımcısı Serdar Aksoy.

## Sahil yolu yeniden açıldı

Karayolları ekipleri, sabahtan beri kapalı olan sahil yolunu iki şeritten ulaşıma açtı. Tuzlama çalışmalarının gece boyunca süreceği bildirildi.

Sürücülerden şunlara dikkat etmeleri istendi:

- zincir takmadan yola çıkmamak;
- araçta battaniye, su ve el feneri bulundurmak;
- köprülerde ve viyadüklerde ani fren yapmamak.

## Otobüs seferleri aksıyor

Belediye otobüslerinin yarısı, yokuşlu mahallelere çıkamadığı için seferlerini ana caddede sonlandırıyor. Belediye, hatları anlık olarak takip etmek isteyenlerin ulaşım uygulamasını kullanmasını önerdi.

Durakta 40 dakika bekleyen Hatice Yılmaz, "Uygulama otobüs geliyor diyor ama gelen yok," diye konuştu.

## Boğazkent ve Kuyubaşı köprüleri trafiğe kapatıldı

Buzlanma nedeniyle kentin iki köprüsü araç trafiğine kapatıldı. Yayaların da köprüleri kullanmaması, alt geçitleri tercih etmesi istendi.

## Gece boyunca 40 santimetre kar yağdı

Meteoroloji verilerine göre kent merkezinde gece boyunca 40 santimetre kar yağdı. Bu, son 12 yılın en yüksek ölçümü.

Sabah erken saatlerde işe gitmek için yola çıkanlar, kapanan yollar nedeniyle saatlerce trafikte kaldı. Kar yağışının perşembe öğleden sonra zayıflaması bekleniyor.
"""),

dict(id="h26-tr-002", lang="tr", tpl="gutenberg", section="Yerel", date="2026-03-11", byline="Cansu Erdem",
     title="Su faturasında yeni dönem: Az tüketen aboneye yüzde 20 indirim",
     sub="Ayda 10 metreküpten az su kullanan konutların faturası nisandan itibaren düşecek.",
     caption="Su ve Kanalizasyon İdaresi'nin abone hizmetleri binası.", credit="Fotoğraf: Cansu Erdem",
     carry=["chart", "funding"], choose={"funding": 2},
     body="""
Büyükşehir Belediyesi, 1 Nisan'dan itibaren geçerli olacak yeni su tarifesini açıkladı. Buna göre ayda 10 metreküpten az su tüketen konut abonelerinin faturası yüzde 20 azalacak, 30 metreküpün üzerinde tüketenler ise daha yüksek fiyat ödeyecek.

Belediye meclisinde oy çokluğuyla kabul edilen tarifede metreküp fiyatı ilk kademe için 18 lira, ikinci kademe için 26 lira, üçüncü kademe için 41 lira olarak belirlendi.

## Kimler etkilenecek?

Su ve Kanalizasyon İdaresi'nin verilerine göre kentte yaklaşık 412 bin konut abonesi bulunuyor. Bunların yüzde 58'i ayda 10 metreküpün altında su kullanıyor.

İdare, indirimden yararlanmak için abonelerin herhangi bir başvuru yapmasına gerek olmadığını açıkladı. Yeni tarifede bazı gruplar için ayrı oranlar uygulanacak:

- şehit aileleri ve gazilere yüzde 50 indirim;
- engelli aboneler ile yalnız yaşayan 65 yaş üstü kişilere yüzde 30 indirim;
- havuzlu müstakil evlere yaz aylarında ek kademe.

## Muhalefet: Kalabalık aileler cezalandırılıyor

Muhalefet grubu ise tarifenin kalabalık aileleri cezalandırdığını savundu. Meclis üyesi Filiz Karataş, "Altı kişilik bir aile ne yaparsa yapsın üçüncü kademeye düşüyor," dedi.

Belediye Başkanı Orhan Tekin, kalabalık aileler için kişi başına hesaplama yapılacağını söyledi. Bunun için ailelerin nüfus kayıt örneğiyle muhtarlığa başvurması gerekecek.

"Suyu tasarruflu kullanan herkes kazanacak," dedi Tekin.

Abonelik işlemlerinin artık yalnızca internet üzerinden yürütüleceğini hatırlatan idare, yeni abone olmak isteyenlerin e-Devlet üzerinden başvurabileceğini bildirdi.
"""),

dict(id="h26-tr-003", lang="tr", tpl="joomla4", section="Eğitim", date="2026-04-14", byline="Merve Taşdelen",
     title="Sınav kaygısına karşı okullarda 'konuşma saati' başladı",
     sub="İlçedeki 14 lisede rehber öğretmenler, üniversite sınavına hazırlanan öğrencilerle haftada bir küçük gruplar halinde buluşuyor.",
     caption="Bir lisede konuşma saatine katılan öğrenciler.", credit="Fotoğraf: Merve Taşdelen",
     carry=["helpline"],
     body="""
İlçedeki 14 lisede, üniversite sınavına hazırlanan öğrenciler için haftada bir "konuşma saati" uygulaması başladı. Rehber öğretmenlerin yürüttüğü uygulamada öğrenciler sınav kaygısı, uyku sorunları ve aile baskısı gibi konuları küçük gruplar halinde konuşuyor.

İlçe Milli Eğitim Müdürlüğü'nün geçen yıl yaptığı ankete göre 12. sınıf öğrencilerinin yüzde 64'ü sınav döneminde düzenli uyuyamadığını söylemişti.

## "Yalnız olmadıklarını görüyorlar"

Uygulamayı başlatan rehber öğretmen Selin Aydoğan, öğrencileri en çok başkalarının da aynı şeyleri yaşadığını duymanın rahatlattığını anlattı.

"Yalnız olmadıklarını görünce omuzları düşüyor," dedi Aydoğan.

Konuşma saatlerinde öğrencilere şu konularda bilgi veriliyor:

- düzenli uykunun ve kısa molaların önemi;
- deneme sınavı sonuçlarının nasıl yorumlanacağı;
- kaygı arttığında kime başvurulabileceği.

Rehber öğretmenler, konuşma saatlerinde not tutulmadığını ve öğrencilerin anlattıklarının sınıfta paylaşılmadığını vurguluyor. Katılım tamamen gönüllü; bazı okullarda saatler, öğrencilerin isteği üzerine ders sonrasına alındı.

## Veliler de katılıyor

Ayda bir yapılan veli toplantılarında ailelere, çocuklarıyla sınav dışındaki konular hakkında da konuşmaları öneriliyor. İlk toplantıya 300'den fazla veli katıldı.

Öğrencilerden Emir Kaplan, "İlk hafta gitmek istemedim, şimdi salıyı bekliyorum," dedi.

Müdürlük, uygulamayı önümüzdeki yıl ortaokullara da yaygınlaştırmayı planlıyor. Okulların rehberlik servisleriyle iletişime geçmek isteyen veliler, okul internet sitelerindeki randevu formunu kullanabiliyor.
"""),

dict(id="h26-de-001", lang="de", tpl="plone", site="Universität Kaltenbrunn", section="Pressemitteilungen",
     date="2026-03-12", byline="Jana Lorenz",
     title="Cookie-Banner: Vier von fünf Nutzern entscheiden in weniger als zwei Sekunden",
     sub="Eine Studie der Fakultät für Informatik zeigt, wie stark die Gestaltung von Cookie-Bannern die Einwilligung beeinflusst.",
     caption="Prof. Dr. Hanna Behrendt mit der Browser-Erweiterung, die für die Studie entwickelt wurde.",
     credit="Foto: Jana Lorenz", low=3, only=["title", "cookie", "audio"], choose={"cookie": 1},
     body="""
Die meisten Menschen nehmen sich für Cookie-Banner kaum Zeit: In einer Studie der Universität Kaltenbrunn klickten 81 Prozent der Teilnehmenden das Banner einer Nachrichtenseite in weniger als zwei Sekunden weg. Fast drei Viertel wählten dabei „Alle akzeptieren“.

Das Team um die Informatikerin Prof. Dr. Hanna Behrendt hat das Verhalten von 2.400 Freiwilligen ausgewertet, die sechs Wochen lang eine eigens entwickelte Browser-Erweiterung nutzten. Die Erweiterung zeichnete anonym auf, wie lange ein Banner sichtbar war und welche Schaltfläche angeklickt wurde.

## Die Gestaltung entscheidet

Entscheidend war vor allem die Gestaltung. War die Schaltfläche zum Ablehnen genauso groß und farbig wie die zum Akzeptieren, lehnten 38 Prozent die Cookies ab. Versteckte sich die Ablehnung dagegen hinter einem Link wie „Einstellungen“, waren es nur 6 Prozent.

„Die Einwilligung ist rechtlich freiwillig, praktisch aber oft eine Frage des Designs“, sagt Behrendt.

## Was die Forschenden empfehlen

Aus den Ergebnissen leitet das Team drei Empfehlungen für Betreiber von Websites ab:

- Akzeptieren und Ablehnen gleichwertig darstellen;
- die Zahl der Partnerfirmen schon im ersten Fenster nennen;
- die Entscheidung nicht bei jedem Besuch erneut abfragen.

Die Studie zeigt auch, dass ältere Teilnehmende sich mehr Zeit nahmen. Wer älter als 60 Jahre war, las im Schnitt sieben Sekunden, bevor er klickte.

## Banner-Müdigkeit

Viele Befragte gaben in einem begleitenden Fragebogen an, die Banner seien für sie zur lästigen Routine geworden. Einige sagten, sie klickten inzwischen „einfach irgendwo hin“.

„Ich will nur den Artikel lesen“, schrieb ein Teilnehmer.

Die Ergebnisse erscheinen in der Fachzeitschrift „Computers & Society Review“. Als Nächstes will die Forschungsgruppe untersuchen, ob eine einmalige Einstellung im Browser die Banner ganz ersetzen könnte.
"""),

dict(id="h26-de-002", lang="de", tpl="substack", site="Post aus Lindholz", section="Lindholz", date="2026-05-08",
     byline="Jonas Wirth",
     title="Warum das Lindholzer Freibad in diesem Sommer geschlossen bleibt",
     standfirst="Ein Riss im Becken, kein Schwimmmeister und ein Förderverein, der nicht aufgeben will",
     sub="Ein Riss im Becken, kein Schwimmmeister und ein Förderverein, der nicht aufgeben will",
     caption="Das leere Schwimmerbecken an der Lindenallee.", credit="Foto: Jonas Wirth",
     notes=["Die Sitzung war öffentlich, ich habe als Zuhörer teilgenommen.",
            "Stand Freitagabend. Das Spendenkonto steht auf der Website des Fördervereins."],
     carry=["funding"], choose={"funding": 1},
     body="""
Viele von Ihnen haben mir in den vergangenen Wochen geschrieben und gefragt, was mit dem Freibad los ist. Hier ist, was ich herausfinden konnte.

Das Freibad an der Lindenallee öffnet in diesem Sommer nicht. Das hat Bürgermeisterin Petra Hellwig am Dienstag im Gemeinderat bestätigt.[^1]

## Der Riss

Bei der Inspektion im März haben Gutachter einen etwa vier Meter langen Riss im Boden des Schwimmerbeckens gefunden. Durch ihn verliert das Becken jeden Tag mehrere Kubikmeter Wasser. Eine Reparatur würde nach ersten Schätzungen rund 380.000 Euro kosten.

Dazu kommt ein Personalproblem: Die Gemeinde hat seit dem Herbst keinen Schwimmmeister mehr. Zwei Ausschreibungen blieben ohne eine einzige Bewerbung.

„Selbst mit dichtem Becken hätten wir niemanden, der aufpasst“, sagte Hellwig.

## Was jetzt passiert

Der Gemeinderat hat beschlossen:

- ein zweites Gutachten zur Sanierung in Auftrag zu geben;
- Geld aus dem Landesprogramm für Schwimmbäder zu beantragen;
- mit der Nachbargemeinde Oberau über Busfahrten zu deren Hallenbad zu sprechen.

Teilen müssen sich die Lindholzer Kinder das Hallenbad in Oberau dann mit drei anderen Gemeinden. Schwimmkurse gibt es dort nur samstags.

Der Förderverein des Freibads will nicht warten. Er sammelt Spenden und hat in zwei Wochen 14.000 Euro zusammenbekommen.[^2]

„Wir haben hier alle schwimmen gelernt“, sagt die Vorsitzende Karin Böhm. „Das geben wir nicht einfach auf.“

## Und die Saisonkarten?

Wer schon eine Saisonkarte für diesen Sommer gekauft hat, bekommt das Geld zurück. Die Gemeinde hatte 212 Karten verkauft, die Rückzahlung läuft über die Gemeindekasse.

Der Förderverein hofft auf eine Wiedereröffnung im kommenden Jahr.
"""),

dict(id="h26-de-003", lang="de", tpl="webflow", section="Gesellschaft", date="2026-09-21", byline="Lea Marquardt",
     title="Beratungsstelle für Glücksspielsüchtige öffnet am Hauptbahnhof",
     sub="Bisher mussten Betroffene bis nach Kreisfeld fahren. Immer öfter geht es um Sportwetten auf dem Handy.",
     caption="Die Räume der neuen Fachstelle in der Bahnhofstraße.", credit="Foto: Lea Marquardt",
     carry=["helpline"], choose={"helpline": 1},
     body="""
Menschen mit Spielsucht und ihre Angehörigen können sich von Montag an in einer neuen Fachstelle am Hauptbahnhof beraten lassen. Die Stadt, die Diakonie und das Land teilen sich die Kosten von rund 310.000 Euro im Jahr.

Bisher mussten Betroffene bis nach Kreisfeld fahren, wo die nächste spezialisierte Beratung lag. Die Wartezeit auf ein erstes Gespräch betrug dort zuletzt sieben Wochen.

## Sportwetten auf dem Handy

Nach Angaben der Diakonie hat sich das Bild der Sucht verändert. Früher kamen vor allem Männer mittleren Alters, die an Automaten in Spielhallen spielten. Heute sind es zunehmend junge Männer, die auf dem Handy Sportwetten abschließen.

„Die Spielhalle hat Öffnungszeiten, das Handy nicht“, sagt Suchtberater Tobias Krämer, der die Stelle leiten wird.

Ein 27-jähriger Betroffener, der anonym bleiben möchte, schildert, wie er innerhalb eines Jahres 23.000 Euro verlor. „Ich habe nachts um drei auf Tischtennis in Kasachstan gewettet“, sagt er.

## Was die Fachstelle anbietet

Die Fachstelle bietet:

- Einzelgespräche, auf Wunsch anonym;
- eine wöchentliche Gruppe für Betroffene;
- Beratung für Partnerinnen, Eltern und Kinder;
- Hilfe bei Schulden, gemeinsam mit der Schuldnerberatung.

Die Beratung ist kostenlos. Termine gibt es telefonisch oder per E-Mail, außerdem eine offene Sprechstunde jeden Donnerstag von 16 bis 19 Uhr.

## Sperre für Spieler

Krämer rät Betroffenen außerdem, sich in die bundesweite Sperrdatei für Spieler eintragen zu lassen. Eine solche Sperre gilt für Spielhallen, Spielbanken und legale Angebote im Internet.

„Der erste Schritt ist der schwerste“, sagt Krämer. „Aber man muss ihn nicht allein gehen.“
"""),

dict(id="h26-fr-001", lang="fr", tpl="wire", section="Économie", date="2026-03-03", byline="Laure Vasseur",
     title="Isère : un entrepôt logistique détruit par un incendie, 60 salariés au chômage partiel",
     sub="Le feu s'est déclaré vers 23h30 dans une zone de stockage d'emballages. Il n'a pas fait de blessé.",
     caption="L'entrepôt de Saint-Quentin-sur-Isère après l'incendie.", credit="APSE / Laure Vasseur",
     wire=dict(note="(Actualisé avec déclarations de la maire aux 6e et 7e paragraphes)", reporter="lv",
               editor="jmp", slug="INCENDIE-ISÈRE/ENTREPÔT (ACTUALISATION)"),
     body="""
SAINT-QUENTIN-SUR-ISÈRE (Isère), 3 mars 2026 (APSE) - Un incendie a entièrement détruit dans la nuit de lundi à mardi un entrepôt logistique de 12.000 mètres carrés à Saint-Quentin-sur-Isère, sans faire de blessé, a-t-on appris auprès des pompiers.

Le feu s'est déclaré vers 23h30 dans la partie du bâtiment où étaient stockés des emballages en carton, selon le service départemental d'incendie et de secours. Quelque 90 pompiers ont été mobilisés et l'incendie a été maîtrisé vers 5h00.

Un panache de fumée noire était visible à plusieurs kilomètres. La préfecture a demandé aux habitants des communes voisines de garder leurs fenêtres fermées jusqu'à la mi-journée, par précaution.

L'entrepôt, exploité par la société Transalp Logistique, employait 60 salariés, qui seront placés en chômage partiel, a indiqué la direction.

« Nous ferons tout pour garder nos équipes », a déclaré le directeur du site, Frédéric Morel.

La maire, Anne-Sophie Guérin, a annoncé l'ouverture d'une cellule d'aide aux salariés en mairie. « Ce sont 60 familles de la vallée », a-t-elle souligné.

Elle a précisé que la commune allait :

- mettre une salle à disposition de l'entreprise pour maintenir son activité administrative ;
- demander à la préfecture un suivi de la qualité de l'air ;
- réunir les élus de l'intercommunalité dès jeudi.

Les causes de l'incendie ne sont pas connues. Une enquête a été ouverte par la gendarmerie et des prélèvements ont été effectués dans la matinée.
"""),

dict(id="h26-fr-002", lang="fr", tpl="legacy-br", section="Éducation", date="2026-01-29", byline="Sandrine Roux",
     title="Au collège Jean-Moulin, des élèves « ambassadeurs » contre le harcèlement",
     sub="Quatorze collégiens volontaires ont été formés pour repérer les situations de harcèlement et alerter les adultes.",
     caption="Des ambassadeurs dans la cour du collège Jean-Moulin.", credit="Photo : Sandrine Roux",
     carry=["helpline"], choose={"helpline": 0},
     body="""
Ils sont quatorze, de la sixième à la troisième, et portent depuis la rentrée un badge vert. Au collège Jean-Moulin de Villefranche-sur-Aure, des élèves volontaires ont été formés pour repérer et signaler les situations de harcèlement.

L'établissement de 540 élèves a rejoint le programme national de lutte contre le harcèlement l'an dernier, après plusieurs incidents survenus sur les réseaux sociaux. Une élève de quatrième avait alors changé d'établissement.

## Une formation de trois jours

Les ambassadeurs ont suivi trois jours de formation avec l'infirmière scolaire et une association d'aide aux victimes. Ils ont appris à :

- reconnaître les signes d'isolement chez un camarade ;
- écouter sans juger ;
- prévenir un adulte référent, sans jamais régler le problème seuls.

« On ne joue pas aux policiers, on est juste là », explique Inès, 14 ans, élève de troisième.

## Des signalements en hausse

Depuis septembre, l'équipe de direction a reçu 23 signalements, contre neuf l'an dernier sur la même période. Pour le principal, Hervé Castaing, cette hausse est plutôt une bonne nouvelle.

« Cela ne veut pas dire qu'il y a plus de harcèlement, mais que les élèves osent en parler », estime-t-il.

La plupart des cas concernaient des moqueries répétées et des photos diffusées sans autorisation dans des groupes de messagerie.

Partager la photo d'un camarade sans son accord peut désormais valoir une exclusion temporaire, rappelle le règlement intérieur, modifié en janvier.

Les parents sont invités à une réunion d'information le 12 février à 18 heures.

« Ma fille a enfin quelqu'un à qui parler à la récré », confie la mère d'une élève de sixième.
"""),

dict(id="h26-fr-003", lang="fr", tpl="fusion", section="Grand Est", date="2026-10-06", byline="Mathieu Keller",
     title="Frontaliers : deux fois plus de Lorrains travaillent au Luxembourg qu'il y a quinze ans",
     standfirst="Près de 124.000 habitants de Lorraine passent chaque matin la frontière. Les communes françaises, elles, peinent à suivre.",
     sub="Près de 124.000 habitants de Lorraine passent chaque matin la frontière. Les communes françaises, elles, peinent à suivre.",
     caption="Le poste frontière de Zoufftgen à l'heure de pointe.", credit="Photo : Mathieu Keller",
     carry=["chart", "funding"], choose={"funding": 2},
     body="""
Chaque matin, près de 124.000 habitants de Lorraine passent la frontière pour aller travailler au Luxembourg. Ils étaient 62.000 en 2011, selon les données de la sécurité sociale luxembourgeoise que nous avons analysées.

La hausse est la plus forte dans le nord de la Moselle et de la Meurthe-et-Moselle. Dans certaines communes proches de la frontière, plus d'un actif sur deux travaille désormais au Grand-Duché.

## Des salaires plus élevés

L'écart de salaire explique l'essentiel du phénomène. Le salaire minimum luxembourgeois dépasse 2.600 euros brut par mois pour un travailleur non qualifié, soit environ 45 % de plus que le smic.

« J'ai fait le calcul : même avec deux heures de route par jour, je gagne mieux ma vie », raconte Sébastien, infirmier à Luxembourg qui habite près de Thionville.

## Des communes sous pression

Ce succès a un revers pour les communes françaises. Les frontaliers paient leur impôt sur le revenu au Luxembourg, mais utilisent les écoles, les routes et les crèches de leur commune de résidence.

Les maires de la zone réclament :

- une compensation financière versée par le Luxembourg ;
- davantage de trains aux heures de pointe ;
- des places de crèche supplémentaires.

Les hôpitaux lorrains, eux, peinent à garder leurs soignants. À Thionville, un poste d'infirmier sur dix est vacant.

« Nous formons des infirmières pour le Luxembourg », résume un cadre de santé.

## Des trajets toujours plus longs

Le temps de trajet moyen a lui aussi augmenté : 52 minutes dans chaque sens en 2025, contre 38 minutes il y a quinze ans, selon une enquête des syndicats de frontaliers.
"""),

dict(id="h26-es-001", lang="es", tpl="chunks", section="Sociedad", date="2026-02-17", byline="Elena Bosch",
     title="Ochenta voluntarios llaman cada semana a mayores que viven solos en Alcorá",
     standfirst="El programa «Al otro lado», del Ayuntamiento y Cruz Roja, atiende ya a 212 personas de más de 75 años.",
     sub="El programa «Al otro lado», del Ayuntamiento y Cruz Roja, atiende ya a 212 personas de más de 75 años.",
     caption="Remedios Gil, en su casa de Alcorá.", credit="Foto: Elena Bosch",
     carry=["helpline", "translated"], choose={"helpline": 0, "translated": 0},
     body="""
Cada martes a las once, el teléfono de Remedios Gil suena puntual. Al otro lado está Lucía, una estudiante de Enfermería de 21 años con la que habla de sus nietos, del tiempo y de la novela que está leyendo. Remedios tiene 86 años y vive sola desde que enviudó.

«Es la llamada de la semana», dice.

Lucía es una de los 80 voluntarios del programa «Al otro lado», que el Ayuntamiento de Alcorá y Cruz Roja pusieron en marcha el pasado otoño. Cada semana llaman a 212 personas mayores que viven solas en el municipio.

## Una conversación, no un control

Los voluntarios reciben una formación de dos días antes de empezar. La idea, explica la coordinadora, Marta Soler, es que las llamadas sean una conversación y no un control.

«No llamamos para preguntar si se han tomado la pastilla», resume Soler. «Llamamos para charlar».

Aun así, si un voluntario detecta un problema, avisa a los servicios sociales. Desde octubre lo han hecho en 17 ocasiones, sobre todo por:

- caídas en casa que nadie conocía;
- dificultades para hacer la compra;
- falta de calefacción en invierno.

## La soledad, en cifras

Según el padrón municipal, en Alcorá viven solas 1.430 personas mayores de 75 años, casi una de cada tres en esa franja de edad. El 60 % son mujeres.

El programa busca ahora más voluntarios, en especial hombres y personas que hablen valenciano, y prevé ampliar las llamadas a los pueblos de la comarca.

Quien quiera participar puede apuntarse en la oficina de Cruz Roja de la calle Mayor o llamar al teléfono de atención ciudadana del ayuntamiento.

«Al principio pensé que le hacía un favor», cuenta Lucía. «Ahora sé que el favor me lo hace ella».
"""),

dict(id="h26-es-002", lang="es", tpl="k2", section="Deportes", date="2026-05-18", byline="Iñaki Larrea",
     title="El Riberalta femenino asciende a Primera División Nacional",
     sub="Las riberas ganaron la final del play-off al Atlético Sonsierra por 64-58 ante más de 900 espectadores.",
     caption="Las jugadoras del Riberalta celebran el ascenso en el pabellón municipal.", credit="Foto: Iñaki Larrea",
     body="""
El Club Baloncesto Riberalta femenino jugará la próxima temporada en Primera División Nacional tras ganar el domingo la final del play-off de ascenso al Atlético Sonsierra por 64-58, ante más de 900 espectadores en el pabellón municipal.

Es el primer ascenso del equipo en sus 19 años de historia. La base Carla Medina, con 21 puntos, fue la mejor del partido.

«Llevábamos tres años quedándonos a las puertas», dijo Medina al terminar. «Hoy no se nos escapaba».

## Un final igualado

El Sonsierra llegó a ponerse cuatro puntos arriba a falta de seis minutos, pero un parcial de 10-0, con dos triples consecutivos de la alero Naiara Ortiz, dio la vuelta al marcador.

El entrenador, Jorge Abad, destacó el trabajo defensivo de su equipo en el último cuarto.

«Hemos ganado con la cabeza», afirmó.

## Más gastos, mismo presupuesto

El ascenso trae también nuevos gastos. La categoría obliga a viajar a Aragón y Navarra, y el club calcula que necesitará unos 35.000 euros más por temporada.

La directiva ha anunciado que buscará:

- nuevos patrocinadores entre las empresas de la comarca;
- una ayuda extraordinaria del ayuntamiento;
- más socios, que ahora son 340.

Seguir en la categoría más de un año será «el gran reto», reconoció el presidente, Luis Echarri.

La alcaldesa, Pilar Urzainqui, recibirá al equipo el viernes en el ayuntamiento.
"""),

dict(id="h26-es-003", lang="es", tpl="blogger", site="Asociación Vecinal San Lázaro", section="Asociación",
     date="2026-09-02", byline="Ángel Ruiz",
     title="Vuelve «La Hoja»: el boletín del barrio se imprimirá otra vez cada mes",
     sub="El primer número en papel saldrá el 1 de octubre y llegará a los buzones de las 2.300 viviendas del barrio.",
     caption="Los primeros números de «La Hoja», en la sede de la asociación.", credit="Foto: AV San Lázaro",
     body="""
Después de cuatro años solo en internet, «La Hoja», el boletín de nuestra asociación, vuelve a imprimirse. El primer número en papel saldrá el 1 de octubre y se repartirá en los buzones de las 2.300 viviendas del barrio.

La decisión se tomó en la asamblea de junio, después de que muchos vecinos mayores se quejaran de que ya no se enteraban de nada.

«Mi madre no tiene correo electrónico ni lo va a tener», dijo una socia durante el debate.

## Cómo se paga

Imprimir 2.500 ejemplares al mes cuesta unos 380 euros. Para cubrirlo, la asociación ha conseguido:

- una subvención de la junta de distrito para todo el año;
- anuncios de seis comercios del barrio en la última página;
- el apoyo de la parroquia, que presta su fotocopiadora para los números especiales.

Los socios siguen pagando la misma cuota, 12 euros al año.

## Quién la escribe

El equipo de redacción lo forman cinco voluntarios, entre ellos dos estudiantes de Periodismo y un maestro jubilado que se encargará de la sección de historia del barrio.

«Queremos que la gente se reconozca en sus páginas», explica la presidenta de la asociación, Rocío Manzano.

Suscribirse a la versión digital seguirá siendo gratis, y quien lo prefiera podrá seguir recibiendo el boletín por correo electrónico.

Compartir la hoja con el vecino de al lado, dice la asociación, también cuenta.

Cualquier vecino puede proponer temas en la sede, los martes y jueves por la tarde.
"""),

dict(id="h26-ru-001", lang="ru", tpl="tilda", section="Здоровье", date="2026-06-25", byline="Дарья Белоусова",
     title="Скорая в районе: за пять лет время доезда выросло на девять минут",
     sub="В норматив в 20 минут в прошлом году уложились лишь 41% выездов. Дольше всего помощь ждут жители Каменки.",
     caption="Машина скорой помощи у районной больницы.", credit="Фото: Дарья Белоусова",
     carry=["chart"],
     body="""
Бригады скорой помощи в Верхнеозёрском районе в 2025 году добирались до пациентов в среднем за 27 минут. Пять лет назад на это уходило 18 минут. Такие данные мы получили по запросу в региональный минздрав.

Норматив для экстренных вызовов — 20 минут. В прошлом году в него уложился лишь 41% выездов, тогда как в 2020 году — 73%.

## Почему дольше

Главная причина — нехватка бригад. В 2020 году в районе работали девять бригад, сейчас — шесть. Подстанцию в селе Каменка закрыли в 2023 году, и вызовы оттуда теперь обслуживают из райцентра, за 46 километров.

«Мы физически не успеваем», — говорит фельдшер с двадцатилетним стажем, попросившая не называть её имени. По её словам, за смену бригада иногда проезжает больше 400 километров.

## Где ждать дольше всего

Дольше всего скорую ждут жители трёх сёл:

- Каменки — в среднем 52 минуты;
- Лесного — 44 минуты;
- Заболотья — 39 минут.

В феврале в Каменке 78-летний пенсионер с инсультом ждал бригаду больше часа.

«Мы звонили четыре раза», — вспоминает его соседка Валентина Ершова.

## Что обещают власти

В минздраве региона ответили, что знают о проблеме. Ведомство обещает к концу года вернуть в район одну бригаду и закупить два новых автомобиля.

Глава района Сергей Потапов считает, что этого мало. «Нужна подстанция в Каменке, иначе цифры не изменятся», — сказал он.

Следить за тем, как выполняются эти обещания, мы будем и дальше.
"""),

dict(id="h26-ru-002", lang="ru", tpl="semantic", section="Спорт", date="2026-12-14", byline="Артём Гуляев", low=0,
     title="В Заречном после ремонта открылась лыжная база «Снежинка»",
     sub="Ремонт обошёлся в 38 миллионов рублей. В первый же день на базу пришли больше 500 человек.",
     caption="Лыжники на освещённой трассе базы «Снежинка».", credit="Фото: Артём Гуляев",
     body="""
В посёлке Заречный после двухлетнего ремонта снова открылась лыжная база «Снежинка». Первые лыжники вышли на трассу в субботу утром.

Ремонт обошёлся в 38 миллионов рублей, деньги выделили из областного бюджета. В здании заменили крышу, окна и отопление, а в раздевалках появились душевые.

«Раньше мы переодевались в куртках, потому что внутри было холодно», — вспоминает тренер спортивной школы Ольга Мельникова.

## Что изменилось

Кроме здания, обновили и трассы. Теперь на базе есть:

- освещённый круг длиной три километра;
- детская трасса на 800 метров;
- пункт проката, где можно взять лыжи, ботинки и палки.

Прокат для школьников по будням до 15:00 бесплатный. Взрослым комплект обойдётся в 300 рублей за два часа.

## Очереди в первый день

В первый же день на базу пришли больше 500 человек, и к обеду в прокате закончились ботинки 38-го и 39-го размеров.

«Не рассчитали, что весь посёлок придёт сразу», — признал директор базы Андрей Кузнецов. Он пообещал докупить инвентарь до конца месяца.

Лыжница Анна Сорокина пришла на открытие с двумя детьми.

«Наконец-то не надо ехать в город», — сказала она.

База работает ежедневно, кроме понедельника, с 9:00 до 21:00.
"""),

dict(id="h26-ru-003", lang="ru", tpl="weebly", site="Краеведческий клуб «Старый Берёзовск»", section="Новости клуба",
     date="2026-04-09", byline="Николай Воронцов",
     title="Жители принесли в клуб больше 300 старых фотографий Берёзовска",
     sub="Лучшие снимки войдут в выставку «Берёзовск, которого нет», которая откроется 12 июня.",
     caption="Ярмарка на Соборной площади, 1912 год.", credit="Фото из семейного архива Лаптевых",
     carry=["funding"], choose={"funding": 0},
     body="""
За три месяца жители Берёзовска принесли в наш краеведческий клуб 317 старых фотографий. Самой ранней из них больше ста лет: на ней запечатлена ярмарка на Соборной площади в 1912 году.

Собирать снимки мы начали в январе, когда готовили выставку к 150-летию города. Тогда казалось, что наберётся от силы несколько десятков.

## Как это было

Фотографии приносили в основном пожилые горожане, но были и школьники, которые нашли альбомы у бабушек. Все снимки мы сканируем и сразу возвращаем владельцам.

«Я думала, это никому не нужно, кроме меня», — говорит Галина Фёдоровна Лаптева, которая принесла 40 фотографий своего отца, работавшего на лесозаводе.

Поделиться снимками захотели и бывшие жители, которые давно уехали. Несколько писем пришли из Екатеринбурга и даже из Риги.

## Выставка и архив

Лучшие фотографии войдут в выставку «Берёзовск, которого нет». На ней покажут:

- довоенную застройку Соборной площади;
- первый городской автобус 1958 года;
- строительство плотины и пруда.

Выставка откроется 12 июня в городском доме культуры. Вход свободный.

Все отсканированные фотографии мы также выложим в открытый электронный архив. Если вы узнаете на снимке себя или своих родственников, об этом можно будет написать прямо под фотографией.

«Город помнит себя через эти карточки», — говорит Вера Михайловна Кротова, которая ведёт в клубе фотоархив.
"""),
]
