# Turkish, German, French, Spanish and Russian stories for the twelfth held-out part (h12-*).
# Fictional; written for newsflow. Same markup and extra fields as articles_h12_en.py.
ARTICLES = [
dict(id="h12-tr-001", lang="tr", tpl="joomla4", section="Eğitim", date="2026-02-24", byline="Gökhan Yazıcıoğlu",
     title="Çamlıbel'de okul servislerine canlı konum takibi zorunlu oldu",
     sub="Veliler servisin nerede olduğunu telefondan görebilecek.",
     caption="Çamlıbel Ortaokulu önünde bekleyen servis araçları.", credit="Fotoğraf: Çamlıbel Belediyesi",
     body="""
Çamlıbel Belediyesi, ilçedeki tüm okul servislerine canlı konum takip cihazı takılmasını zorunlu hale getirdi. Uygulama, ikinci dönemin başladığı pazartesi günü yürürlüğe girdi.

Kararla birlikte ilçede çalışan 212 servis aracının tamamına cihaz takıldı. Cihazların maliyeti, araç başına 3 bin 400 lira olarak servis işletmecileri tarafından karşılandı.

Takip etmek isteyen veliler, belediyenin mobil uygulamasına çocuklarının okul numarasıyla giriş yapıyor. Uygulama, servis eve 500 metre yaklaştığında bildirim gönderiyor.

## Velilerden olumlu tepki

Belediye Başkan Yardımcısı Nurhan Kocabey, sistemin özellikle kış aylarında velilerin soğukta beklemesini önleyeceğini söyledi.

"Artık kapının önünde yarım saat beklemiyoruz."

Bu sözler, iki çocuğu servisle okula giden Hatice Aydemir'e ait. Aydemir, geçen kış bir sabah servisin karda kaldığını ancak kimsenin haber vermediğini anlattı.

Belediye, uygulamanın ilk haftasında servis şoförleri odasıyla sürekli iletişim halinde olduğunu ve çıkan aksaklıkların hemen giderildiğini açıkladı. Yeni düzenlemeye göre servis işletmecileri şunları yapmak zorunda:

- cihazı her sabah hareketten önce açık tutmak;
- güzergah değişikliğini bir gün önceden bildirmek;
- arıza durumunda veliye kısa mesaj göndermek.

Kurallara uymayan işletmecilere ilk seferde uyarı, tekrarında ise 5 bin lira para cezası verilecek.

Servis şoförü Erdal Tunç ise uygulamadan memnun: "Veliler artık beni değil, telefonu arıyor."
"""),

dict(id="h12-tr-002", lang="tr", tpl="cms", section="Kültür", date="2025-10-14", byline="Sevgi Karaosmanoğlu",
     title="İl halk kütüphanesi üyelerine ücretsiz e-kitap aboneliği",
     sub="",
     caption="Kütüphanenin yenilenen okuma salonu.", credit="Fotoğraf: İl Kültür Müdürlüğü",
     body="""
Dereli İl Halk Kütüphanesi, üyelerine 18 bin e-kitap ve sesli kitap sunan bir dijital platforma ücretsiz abonelik vermeye başladı.

Kütüphane Müdürü Yavuz Selimoğlu, platformun yıllık lisans bedelinin Kültür Bakanlığı'nın desteğiyle karşılandığını söyledi. Üyeler, aynı anda en fazla üç kitabı üç hafta süreyle ödünç alabilecek.

Abone olmak için kütüphane kartı yeterli. Kartı olmayanlar, nüfus cüzdanıyla kütüphaneye başvurarak aynı gün üye olabiliyor.

## İlk ayda 2 bin üye

Platform, açıldığı ilk ayda 2 bin 100 üye tarafından kullanıldı. En çok okunan bölümler şunlar oldu:

- polisiye romanlar;
- çocuk kitapları;
- sınavlara hazırlık kaynakları.

Selimoğlu, sesli kitapların özellikle yaşlı üyeler arasında beklenenden fazla ilgi gördüğünü belirtti.

"Gözüm artık yormuyor, kulağım hâlâ sağlam."

Bu sözler, 78 yaşındaki emekli öğretmen Mukaddes Erkılıç'a ait. Erkılıç, torununun yardımıyla telefonuna uygulamayı yüklediğini ve bir ayda dört kitap dinlediğini anlattı.

Kütüphane, platformu kullanmakta zorlananlar için her çarşamba öğleden sonra ücretsiz kurs düzenliyor. Kursa katılmak için önceden kayıt yaptırmak gerekiyor.

Dijital platformun, kütüphanenin basılı kitap ödünç verme sayısını düşürmediği de belirtildi. Aksine geçen yıla göre yüzde 6 artış var.

"Biri diğerini besliyor," dedi Selimoğlu.
"""),

dict(id="h12-tr-003", lang="tr", tpl="amp", section="Spor", date="2025-09-09", byline="Barış Akdoğan",
     title="Köy okulundan çıkan okçu milli takıma seçildi",
     sub="",
     caption="Zeynep Ulutaş antrenman sırasında.", credit="Fotoğraf: Okçuluk Federasyonu",
     body="""
Kırşehir'in Yassıkaya köyünde, ilkokulun bahçesinde samandan yapılmış hedeflere ok atarak başlayan 16 yaşındaki Zeynep Ulutaş, gençler milli takımına seçildi.

Ulutaş, geçen ay Konya'da yapılan Türkiye Gençler Şampiyonası'nda klasik yay dalında altın madalya kazandı. Federasyon, sporcuyu eylül sonunda Polonya'da yapılacak Avrupa Şampiyonası kadrosuna aldı.

## Yayı öğretmen getirdi

Köy okuluna okçuluğu, üç yıl önce atanan beden eğitimi öğretmeni Levent Sarıgül getirdi. Sarıgül, ilk yayları bir kulüpten ödünç aldıklarını, hedefleri de köylülerin verdiği saman balyalarından yaptıklarını anlattı.

"İlk gün yay benden ağırdı," dedi Ulutaş.

Okumayı ve antrenmanı birlikte yürütmek kolay olmamış. Ulutaş, her sabah derslerden önce bir saat, akşamları da iki saat çalıştığını söyledi.

Sarıgül, köydeki okçuluk grubunda şu anda 14 öğrenci bulunduğunu belirtti. Grubun en büyük ihtiyaçları şunlar:

- kapalı bir antrenman alanı;
- yeni oklar ve yedek kirişler;
- şehirdeki yarışmalara ulaşım.

Yassıkaya Muhtarı Recep Doğan, köyün kahvehanede maçları değil artık okçuluk yarışmalarını izlediğini söyledi.

"Bütün köy ekranın başındaydı."

Ulutaş'ın hedefi ise büyük: 2032 olimpiyatları. Avrupa Şampiyonası'ndan önce Ankara'da iki haftalık kampa girecek.
"""),

dict(id="h12-de-001", lang="de", tpl="joomla4", section="Lokales", date="2026-01-27", byline="Katrin Oberländer",
     title="Rufbus soll die Ortsteile von Wellingen anbinden",
     sub="Kleinbusse fahren ab April nur noch, wenn jemand bestellt.",
     caption="Einer der beiden neuen Kleinbusse vor dem Rathaus.", credit="Foto: Gemeinde Wellingen",
     body="""
Die Gemeinde Wellingen ersetzt ab April die fast leeren Linienbusse in ihre sieben Ortsteile durch einen Rufbus. Das hat der Gemeinderat am Dienstagabend mit 17 zu 4 Stimmen beschlossen.

Zwei Kleinbusse mit je acht Sitzplätzen fahren dann werktags von 6 bis 21 Uhr, samstags bis 18 Uhr. Wer mitfahren will, bestellt die Fahrt per App oder Telefon mindestens 30 Minuten vorher.

Bürgermeister Jens Albrecht sagte, die bisherigen Busse seien im Schnitt mit 2,4 Fahrgästen unterwegs gewesen. „Wir haben große Busse durch leere Dörfer gefahren.“

## Gleicher Preis wie bisher

Eine Fahrt kostet wie bisher 2,50 Euro, Schüler und Inhaber eines Deutschlandtickets fahren ohne Aufpreis. Die Gemeinde rechnet mit Kosten von rund 310.000 Euro im Jahr, etwa so viel wie für die alten Linien.

Folgen soll im Herbst eine Auswertung. Die Verwaltung steht nach eigenen Angaben bereits mit dem Landkreis in Kontakt, der das Modell auf weitere Gemeinden übertragen könnte.

Der Rufbus hält an allen bisherigen Haltestellen und zusätzlich an:

- dem Ärztehaus an der Lindenstraße;
- dem Friedhof in Oberwellingen;
- dem Bahnhof in Kressbach.

Kritik kam von den Grünen, die einen festen Takt zumindest im Berufsverkehr gefordert hatten. Ältere Menschen kämen mit einer App nicht zurecht, sagte Gemeinderätin Ute Brehm.

Die Gemeinde verweist auf die Telefonnummer, die rund um die Uhr besetzt sein soll.

„Niemand muss ein Smartphone haben, um mitzufahren.“
"""),

dict(id="h12-de-002", lang="de", tpl="sanity", section="Recht", date="2025-11-11", byline="Lukas Hennings",
     title="Fahrschule darf Fahrstunden nicht ohne Einwilligung filmen",
     sub="Datenschutzbeauftragte beanstandet Innenraumkameras in zwölf Fahrschulautos.",
     caption="Ein Fahrschulwagen mit Kamera an der Windschutzscheibe.", credit="Foto: Marc Dorsch",
     body="""
Eine Fahrschule aus Bramstedt darf ihre Fahrstunden nicht mehr mit Kameras im Innenraum aufzeichnen, solange die Fahrschüler nicht ausdrücklich eingewilligt haben. Das hat die Landesbeauftragte für Datenschutz entschieden.

Die Fahrschule Kessler hatte im vergangenen Jahr in alle zwölf Autos Kameras eingebaut, die Straße und Fahrersitz gleichzeitig filmen. Die Aufnahmen wurden 30 Tage gespeichert.

Nach Angaben der Fahrschule sollten die Videos helfen, Fehler mit den Schülern nachzubesprechen und sich gegen Vorwürfe bei Unfällen zu schützen.

## Hinweis im Vertrag reicht nicht

Die Behörde sieht das anders. Ein Satz im Kleingedruckten des Ausbildungsvertrags sei keine wirksame Einwilligung, heißt es im Bescheid. Viele Schüler seien zudem minderjährig.

Hören Sie sich unter Fahrschülern um, sagt die 17-jährige Lea Marquardt, die sich beschwert hatte, dann wusste kaum jemand von der Kamera am Spiegel.

„Ich habe mich die ganze Zeit beobachtet gefühlt.“

Die Fahrschule muss nun:

- alle gespeicherten Aufnahmen löschen;
- die Kameras auf den Innenraum ausschalten;
- für jede künftige Aufnahme eine gesonderte, freiwillige Einwilligung einholen.

Eine Kamera, die nur die Straße filmt, bleibt dagegen erlaubt, solange die Aufnahmen nach kurzer Zeit überschrieben werden.

Inhaber Ralf Kessler sagte, er werde den Bescheid akzeptieren. Die Technik habe sich aus seiner Sicht trotzdem bewährt.

„Für die Nachbesprechung war das Gold wert.“
"""),

dict(id="h12-de-003", lang="de", tpl="legacy-br", section="Umwelt", date="2025-09-30", byline="Sabine Vollrath",
     title="Schüler messen Feinstaub vor ihrer Schule",
     sub="",
     caption="Schüler des Hölderlin-Gymnasiums montieren einen Sensor.", credit="Foto: Hölderlin-Gymnasium",
     body="""
Schülerinnen und Schüler des Hölderlin-Gymnasiums in Rottau haben ein Jahr lang den Feinstaub vor ihrer Schule gemessen. Das Ergebnis überrascht selbst ihre Lehrer: Die höchsten Werte gab es nicht im Berufsverkehr, sondern an kalten Abenden im Winter.

Die Arbeitsgemeinschaft Umwelt hatte dafür acht selbst gebaute Sensoren an Laternen und Zäunen rund um das Schulgelände angebracht. Jeder Sensor kostete rund 40 Euro.

## Kaminöfen statt Autos

Die Schüler vermuten, dass vor allem Kaminöfen in der benachbarten Wohnsiedlung für die Abendspitzen verantwortlich sind. An windstillen Tagen lagen die Werte dann bis zu dreimal so hoch wie morgens.

„Damit hatten wir überhaupt nicht gerechnet“, sagte die Zwölftklässlerin Mira Koenen.

Betreut wird das Projekt von Physiklehrer Tobias Reinert. Er betont, dass die billigen Sensoren keine amtlichen Messstationen ersetzen können.

Die Messreihe zeigt:

- die Morgenwerte sanken, seit die Stadt vor der Schule Tempo 30 eingeführt hat;
- an Wochenenden lagen die Werte im Winter am höchsten;
- im Sommer blieben alle Werte unter dem Grenzwert.

Teilen will die AG ihre Daten mit dem Umweltamt des Kreises, das bereits Interesse angemeldet hat.

Die Schüler planen nun einen Informationsabend für die Anwohner der Siedlung.

„Wir wollen niemandem seinen Ofen verbieten.“
"""),

dict(id="h12-fr-001", lang="fr", tpl="blox", section="Santé", date="2026-02-10", byline="Élodie Marchal",
     title="Un cabinet dentaire sur roues sillonne les villages du plateau de Millevaches",
     sub="Le camion s'arrête une journée par mois dans douze communes sans dentiste.",
     caption="Le camion dentaire stationné devant la mairie de Peyrelongue.", credit="Photo : Julien Faucher",
     body="""
Depuis janvier, un camion aménagé en cabinet dentaire fait le tour de douze communes du plateau de Millevaches qui n'ont plus de dentiste depuis des années.

Le véhicule, financé par l'agence régionale de santé et la communauté de communes pour 380 000 euros, s'arrête une journée par mois dans chaque village. Une dentiste et une assistante y reçoivent jusqu'à quatorze patients par jour.

La docteure Claire Besson a quitté un cabinet de Limoges pour ce poste. Elle dit avoir vu des patients qui n'avaient pas consulté depuis plus de dix ans.

« Certains avaient tout simplement renoncé. »

## Une liste d'attente déjà longue

Le camion affiche complet jusqu'en mai. La communauté de communes est en contact avec une deuxième dentiste pour ajouter des journées supplémentaires.

Suivre la tournée est simple : le calendrier est affiché dans chaque mairie et publié sur le site de la communauté de communes.

Le cabinet mobile propose :

- les consultations et les détartrages ;
- les soins des caries ;
- les extractions simples.

Les soins plus lourds restent à faire en ville, à une heure de route pour la plupart des habitants.

Marcel Dufaure, 83 ans, est venu à pied de son hameau pour sa première consultation depuis 2014.

« J'ai gardé mon dentier dans un mouchoir pendant dix ans. »

Le camion sera présenté au salon des maires de la Creuse en mars.
"""),

dict(id="h12-fr-002", lang="fr", tpl="wordpress", section="Culture", date="2025-10-21", byline="Antoine Lesage",
     title="Le cinéma Le Rex lance un abonnement à 9 euros par mois",
     sub="",
     caption="La salle principale du Rex, rénovée en 2023.", credit="Photo : cinéma Le Rex",
     body="""
Le Rex, dernier cinéma indépendant de Montbrison-sur-Loire, propose depuis ce mois-ci un abonnement à 9 euros par mois donnant accès à toutes les séances, dans la limite des places disponibles.

Jusqu'ici, la place coûtait 8,50 euros au tarif plein. Le directeur, Hervé Combes, espère fidéliser un public qui vient de moins en moins souvent.

« Si vous venez deux fois par mois, vous êtes gagnant. »

## Déjà 600 abonnés

En trois semaines, plus de 600 personnes ont souscrit, selon la direction. L'objectif était de 1 000 abonnés à la fin de l'année.

S'abonner se fait au guichet ou sur le site du cinéma. L'abonnement est sans engagement et peut être suspendu pendant les vacances d'été.

Les abonnés reçoivent aussi la lettre d'information du cinéma, qui annonce chaque mercredi les films de la semaine.

Le Rex n'a pas les moyens des grands réseaux, reconnaît Hervé Combes, mais il compte sur trois atouts :

- une programmation en version originale tous les soirs ;
- des rencontres avec des réalisateurs une fois par mois ;
- un ciné-club pour les lycéens le jeudi.

Les exploitants de la région suivent l'expérience de près. Deux salles de l'Ardèche ont déjà appelé pour connaître les premiers chiffres.

Une habituée, Monique Ferrand, a pris l'abonnement dès le premier jour.

« Maintenant, je vais voir des films que je n'aurais jamais choisis. »
"""),

dict(id="h12-fr-003", lang="fr", tpl="semantic", section="Justice", date="2026-01-06", byline="Nathalie Roussel", low=1,
     only=["copyright"],
     title="Un éleveur relaxé après la fuite de ses vaches sur la route nationale",
     sub="",
     caption="Le tribunal judiciaire de Rodez.", credit="Photo : archives",
     body="""
Le tribunal correctionnel de Rodez a relaxé mardi un éleveur poursuivi après la fuite de onze de ses vaches sur la route nationale 88, une nuit de septembre 2024.

Les bêtes avaient traversé une clôture électrique et rejoint la chaussée vers 2 heures du matin. Deux voitures les avaient percutées. Un conducteur avait été légèrement blessé et une vache avait dû être abattue.

Le parquet reprochait à Jean-Luc Vernhes, 54 ans, de ne pas avoir entretenu sa clôture. Il avait requis 1 500 euros d'amende.

## Une clôture sabotée ?

À l'audience, l'éleveur a expliqué avoir trouvé le fil coupé net à deux endroits le lendemain matin. Un voisin a témoigné avoir vu une voiture arrêtée près du pré dans la nuit.

Le tribunal a estimé que le doute devait profiter au prévenu.

« Je vérifie mes clôtures tous les soirs depuis trente ans. »

L'avocate de M. Vernhes, Me Sandrine Calmels, a rappelé que plusieurs éleveurs du secteur avaient signalé des dégradations similaires depuis l'été.

Les gendarmes ont ouvert une enquête distincte pour dégradation. Elle n'a pas encore abouti.

Le conducteur blessé, qui s'était constitué partie civile, sera indemnisé par l'assurance de l'éleveur, comme prévu dans ce type d'accident, indépendamment de la décision pénale.

Le parquet dispose de dix jours pour faire appel.

« Les vaches, elles, vont très bien », a glissé l'éleveur à la sortie.
"""),

dict(id="h12-es-001", lang="es", tpl="joomla4", section="Sanidad", date="2026-02-03", byline="Lucía Arrieta",
     title="Multa a una clínica por grabar las llamadas de los pacientes sin avisar",
     sub="La Agencia de Protección de Datos le impone 45.000 euros.",
     caption="Recepción de la Clínica Valdemonte.", credit="Foto: Ana Pazos",
     body="""
La Agencia Española de Protección de Datos ha multado con 45.000 euros a la Clínica Valdemonte, en Soria, por grabar durante dos años las llamadas de sus pacientes sin informarles ni pedir su consentimiento.

Las grabaciones incluían datos de salud: síntomas, resultados de pruebas y, en algunos casos, diagnósticos que los pacientes comentaban al pedir cita.

La clínica alegó que las grabaciones servían para mejorar la atención telefónica y que se borraban a los seis meses. La Agencia comprobó que algunas tenían más de un año.

## Ni aviso ni consentimiento

Según la resolución, la centralita no reproducía ningún mensaje que advirtiera de la grabación. Para datos de salud, recuerda la Agencia, hace falta un consentimiento explícito o una base legal clara.

Escuchar las grabaciones fue lo que destapó el caso: una paciente pidió una copia de sus datos y recibió, entre otros documentos, un archivo de audio con su propia voz.

"Me quedé helada al oírme contar lo de mi operación."

La Agencia revisó también la web de la clínica y detectó que instalaba cookies de publicidad antes de que el usuario aceptara nada. La clínica deberá:

- borrar todas las grabaciones en un mes;
- informar al inicio de cada llamada si vuelve a grabar;
- cambiar el aviso de cookies para que rechazarlas sea tan fácil como aceptarlas.

La dirección de la clínica afirmó que está en contacto con la Agencia para cumplir los plazos y que no recurrirá la sanción.

"Fue un error y lo estamos corrigiendo", dijo su gerente, Tomás Almazán.
"""),

dict(id="h12-es-002", lang="es", tpl="hugo", section="Educación", date="2025-11-18", byline="Marta Ibarrola",
     title="Un instituto cambia los deberes de la tarde por una hora de lectura",
     sub="El IES Sierra de Ayllón lleva un trimestre sin mandar tareas para casa en primero y segundo de ESO.",
     caption="Alumnos de segundo de ESO en la biblioteca del instituto.", credit="Foto: IES Sierra de Ayllón",
     body="""
El IES Sierra de Ayllón, en Riaza, ha dejado de poner deberes para casa a los alumnos de primero y segundo de ESO. A cambio, la última hora de cada jornada se dedica a leer en silencio.

La medida empezó en septiembre como prueba y afecta a unos 180 alumnos. El claustro decidirá en junio si la mantiene y si la amplía a tercero.

La directora, Rosa Villarejo, explica que muchos alumnos viven en pueblos a media hora del centro y llegaban a casa pasadas las cuatro.

"Los deberes los hacían los que tenían a alguien que les ayudara."

## Qué leen

Cada alumno elige su libro. La biblioteca del instituto ha comprado 400 títulos nuevos con una ayuda de la Diputación.

Leer en clase no es perder el tiempo, insiste Villarejo. Los profesores anotan cada semana cuánto ha avanzado cada alumno y qué le ha parecido el libro.

Los primeros datos del centro indican que:

- el préstamo de libros se ha triplicado;
- las quejas de las familias por los deberes han desaparecido;
- las notas de la primera evaluación son parecidas a las del año pasado.

No todos los padres están convencidos. Algunos temen que sus hijos lleguen a bachillerato sin hábito de estudio.

## Lo que dicen los alumnos

Daniel Herranz, de 13 años, ha leído cinco novelas desde septiembre. Antes, dice, no había terminado ninguna.

"Me enganché con una de montañeros y ya no paré."
"""),

dict(id="h12-es-003", lang="es", tpl="amp", section="Deportes", date="2025-07-01", byline="Iker Goikoetxea",
     title="Un cicloturista termina la Quebrantahuesos con una bicicleta de 1985",
     sub="",
     caption="Andoni Lizarraga en el puerto del Portalet.", credit="Foto: Organización Quebrantahuesos",
     body="""
Entre los más de 10.000 ciclistas que terminaron el sábado la Quebrantahuesos, una de las pruebas cicloturistas más duras de Europa, había uno que subió los puertos con una bicicleta de acero de 1985 y solo seis velocidades.

Andoni Lizarraga, de 61 años y vecino de Estella, completó los 200 kilómetros y los tres grandes puertos del recorrido en 9 horas y 47 minutos.

La bicicleta, una Zeus pintada de rojo, fue un regalo de sus padres cuando tenía 21 años. La ha restaurado él mismo pieza a pieza.

## Sin cambios modernos

Lizarraga no ha añadido nada que no existiera en 1985. Los cambios se manejan desde el cuadro y los frenos apenas muerden en las bajadas.

"En el Marie Blanque pensé en bajarme y empujar."

Seguir el ritmo de los demás era imposible, reconoce, así que subió cada puerto a su paso y esperó a los compañeros de su club en las cimas.

Para preparar la prueba, Lizarraga siguió un plan sencillo:

- cuatro salidas por semana desde enero;
- una salida larga de más de 150 kilómetros cada domingo;
- ninguna cuesta evitada por dura que fuera.

En meta le esperaban su mujer y sus dos hijas con una pancarta. La organización le entregó un trofeo especial por la bicicleta más antigua de esta edición.

Su club, el Ciclista Estellés, ya le ha pedido que repita el año que viene.

"Con la misma bici, claro", dijo entre risas.
"""),

dict(id="h12-ru-001", lang="ru", tpl="joomla4", section="Транспорт", date="2026-04-14", byline="Ольга Северинова",
     title="Паромную переправу через Вятку открыли на три недели раньше обычного",
     sub="Причина — ранний ледоход.",
     caption="Паром у причала в Заречном.", credit="Фото: администрация Усть-Вятского района",
     body="""
Паромная переправа между Усть-Вятском и селом Заречным начала работу 14 апреля — почти на три недели раньше, чем обычно. Река в этом году вскрылась необычно рано.

Паром ходит каждый час с 6:00 до 22:00. Проезд для пешеходов бесплатный, для легковых машин — 150 рублей.

Глава района Андрей Кудрявцев сообщил, что решение приняли после того, как водолазы проверили причалы и фарватер.

## Без переправы — сто километров

Пока реку не освободил лёд, жителям Заречного приходилось ездить в райцентр через мост в соседней области. Дорога занимала почти два часа.

«Я на работу теперь снова за двадцать минут добираюсь».

Так говорит медсестра районной больницы Галина Пестова, которая живёт в Заречном.

Следить за расписанием можно в группе администрации района во «ВКонтакте». Там же сообщают, если паром задерживается из-за ветра или тумана.

Капитан парома Виктор Шадрин рассказал, что весь первый день был на связи с диспетчером порта: по реке ещё шли отдельные льдины.

Администрация напоминает пассажирам:

- детей до 14 лет на пароме можно перевозить только со взрослыми;
- грузовики тяжелее 10 тонн не принимаются;
- в сильный ветер рейсы могут отменить.

Переправа будет работать до конца ноября.
"""),

dict(id="h12-ru-002", lang="ru", tpl="nextjs", section="Суд", date="2025-12-16", byline="Денис Горелов",
     title="Суд обязал застройщика выплатить дольщице неустойку за задержку ключей",
     sub="",
     caption="Жилой комплекс «Сосновый квартал».", credit="Фото: Марина Лапшина",
     body="""
Кировский районный суд обязал застройщика жилого комплекса «Сосновый квартал» выплатить дольщице 612 тысяч рублей неустойки и штрафа за то, что квартиру передали на десять месяцев позже срока.

По договору ключи должны были выдать в декабре 2024 года. Светлана Рябинина получила их только в октябре 2025-го, когда дом наконец ввели в эксплуатацию.

Застройщик в суде ссылался на рост цен на материалы и нехватку рабочих. Суд эти доводы отклонил.

## Что решил суд

Прочитать договор внимательно стоило каждому покупателю, отметил юрист Рябининой Максим Ельцов: срок передачи квартиры в нём был указан точно, без оговорок о переносе.

«Мы полтора года платили и ипотеку, и аренду».

Суд взыскал с застройщика:

- 420 тысяч рублей неустойки;
- 50 тысяч рублей компенсации морального вреда;
- штраф за отказ выполнить требования добровольно.

Представитель застройщика заявил, что компания обжалует решение. По его словам, дом всё-таки сдан, а все квартиры переданы владельцам.

## Другие иски

Похожие иски подали ещё около сорока дольщиков того же дома. Первые заседания назначены на январь.

Рябинина говорит, что потратит деньги на ремонт.

«Стены пока голые, зато свои».
"""),

dict(id="h12-ru-003", lang="ru", tpl="webflow", section="Экология", date="2025-10-28", byline="Наталья Озерцова",
     title="Волонтёры насчитали на малых реках района больше двухсот бобров",
     sub="Учёт провели впервые за двадцать лет.",
     caption="Бобровая плотина на реке Лосинке.", credit="Фото: Иван Трофимов",
     body="""
Волонтёры экологического клуба «Берегиня» впервые за двадцать лет провели учёт бобров на малых реках Сосновского района. На семи реках они насчитали 214 животных и 63 поселения.

В прошлый раз, в 2005 году, специалисты охотнадзора нашли в районе около восьмидесяти бобров. Тогда зверей считали по следам с лодки, а не пешком, поэтому сравнивать цифры напрямую нельзя.

Учёт длился весь сентябрь. Волонтёры проходили вдоль рек пешком, отмечали хатки, плотины и свежие погрызы на деревьях.

## Плотины и дороги

Рост численности радует не всех. В двух деревнях бобровые плотины подтопили луга, а в одном месте вода подошла к грунтовой дороге.

«Бобры строят быстрее, чем мы успеваем согласовать их разбор».

Так пошутил руководитель клуба Степан Малахов. По его словам, клуб уже передал данные районной администрации.

Подписаться на рассылку клуба, где публикуют отчёты и приглашения на следующие выходы, может любой желающий.

Волонтёры предлагают:

- ставить на плотины трубы, чтобы снизить уровень воды;
- защищать сеткой ценные деревья у домов;
- не разрушать поселения без разрешения.

Учёт решено повторять каждые три года.

«Главное, что река снова живая».
"""),
]
